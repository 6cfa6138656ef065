package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.regex.Pattern;

/**
 * A person's decision taken before a step runs. Without {@code groupBy} it is an approval of the whole step. With
 * {@code groupBy}, the targets that reached the step are grouped by a fact template (e.g.
 * <code>{distro} - Kernel {kernel_base}</code>) and each group gets an answer: one of the values of its
 * {@code choices} fact (the union over its targets of that comma- or space-separated list), or {@code skip}. The
 * answer reaches the step's scripts as the environment variable {@code parameter}.
 *
 * @param prompt    what the person decides, shown with the groups
 * @param groupBy   fact template naming a group, or {@code null} for an approval
 * @param choices   fact listing a group's possible answers, or {@code null} to accept any text
 * @param parameter name of the parameter carrying a group's answer (required with {@code groupBy})
 */
public record Gate(String prompt, String groupBy, String choices, String parameter) {

    /** The answer that skips a group: its targets stop before the step. */
    public static final String SKIP = "skip";

    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    public Gate {
        prompt = prompt == null ? "" : prompt;
        if (groupBy == null && (choices != null || parameter != null)) {
            throw new InvalidRequestException("'choices' and 'parameter' need 'groupBy'");
        }
        if (groupBy != null && (parameter == null || !PARAMETER.matcher(parameter).matches())) {
            throw new InvalidRequestException("a gate with 'groupBy' needs 'parameter', an environment-variable "
                    + "name for the answer");
        }
    }

    /** Returns whether the gate is a plain approval. */
    public boolean approval() {
        return groupBy == null;
    }
}
