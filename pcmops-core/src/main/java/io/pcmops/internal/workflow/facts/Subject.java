package io.pcmops.internal.workflow.facts;

import io.pcmops.model.InvocationState;
import java.util.Map;

/**
 * What rules look at for one target: its facts (earlier steps' and this step's), its exit code and invocation state.
 *
 * @param facts    facts by name
 * @param exitCode exit code, or {@code null}
 * @param state    invocation state, or {@code null} when it did not run
 */
public record Subject(Map<String, String> facts, Integer exitCode, InvocationState state) {

    /** Returns the value of a fact, {@code $exitCode} or {@code $state}; {@code null} when missing. */
    public String value(String name) {
        return switch (name) {
            case "$exitCode" -> exitCode == null ? null : exitCode.toString();
            case "$state" -> state == null ? null : state.name();
            default -> facts.get(name);
        };
    }
}
