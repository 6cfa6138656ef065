package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One step of a workflow: a script per platform run as one normal run on the targets that reached it, a reader
 * turning each target's output into facts, rules turning facts into a verdict, and the flow to later steps.
 *
 * <p>A target's verdict starts as {@code PASS}; it is {@code FAIL} when the script did not run, or exited with a code
 * not in {@code exitCodes}; then each rule that holds adds its reason and raises the verdict to {@code WARN} or
 * {@code FAIL}.
 *
 * @param id        step id: letters, digits, {@code _} or {@code -}
 * @param title     human title
 * @param scripts   script per platform ({@code linux}, {@code windows})
 * @param reader    how output becomes facts ({@code KEY=value} lines when {@code null})
 * @param rules     verdict rules, all evaluated
 * @param exitCodes exit codes that count as the script having worked (default {@code [0]})
 * @param next      where targets go; {@code null} means: PASS and WARN go to the following step
 * @param gate      a person's decision before the step runs, or {@code null}
 * @param timeout   execution timeout of the step's scripts, or {@code null} for the workflow run's
 */
public record WorkflowStep(String id, String title, Map<Platform, StepScript> scripts, FactReader reader,
                           List<VerdictRule> rules, List<Integer> exitCodes, List<FlowRule> next, Gate gate,
                           Duration timeout) {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,49}");

    public WorkflowStep {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidRequestException("step id '" + id + "' must be 1-50 letters, digits, '_' or '-', "
                    + "starting with a letter");
        }
        title = title == null || title.isBlank() ? id : title;
        if (scripts == null || scripts.isEmpty()) {
            throw new InvalidRequestException("step '" + id + "' needs at least one script (linux or windows)");
        }
        if (scripts.containsKey(Platform.UNKNOWN)) {
            throw new InvalidRequestException("step '" + id + "' has a script for an unknown platform; use linux, "
                    + "windows or macos");
        }
        scripts = Collections.unmodifiableMap(new EnumMap<>(scripts));
        reader = reader == null ? FactReader.keyValueLines() : reader;
        rules = rules == null ? List.of() : List.copyOf(rules);
        exitCodes = exitCodes == null || exitCodes.isEmpty() ? List.of(0) : List.copyOf(exitCodes);
        next = next == null ? null : List.copyOf(next);
    }
}
