package io.pcmops.model;

/**
 * The full output of one target of a run.
 *
 * @param target   the target
 * @param state    its state
 * @param exitCode exit code, or {@code null}
 * @param stdout   complete standard output as stored
 * @param stderr   complete standard error as stored
 */
public record InvocationOutput(TargetRef target, InvocationState state, Integer exitCode, OutputText stdout,
                               OutputText stderr) {
}
