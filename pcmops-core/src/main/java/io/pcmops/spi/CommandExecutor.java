package io.pcmops.spi;

import io.pcmops.model.Platform;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.TargetRef;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Sends a script to a unit of targets and reports what happens to each of them.
 *
 * <p>The engine splits a run into {@link DispatchUnit}s of at most {@link #maxUnitSize()} targets sharing one
 * {@link #unitKey(TargetRef)}. For each unit it first stores the unit as "dispatching", then calls
 * {@link #dispatch}, then stores the returned provider reference. After a crash it calls {@link #find} for units
 * stored as dispatching (to learn whether they were sent) and {@link #resume} for units with a reference. A unit
 * must therefore never be sent twice: {@link #find} must recognise a unit from the information in
 * {@link DispatchUnit} alone (e.g. {@link DispatchUnit#comment()}).
 *
 * <p>After {@link #dispatch} or {@link #resume}, the executor reports every state change of the unit's targets to
 * the {@link InvocationSink}, and eventually a final state for each of them.
 */
public interface CommandExecutor {

    /** Returns the largest number of targets one unit may hold (e.g. 50 for SSM). */
    int maxUnitSize();

    /** Returns a key; targets with equal keys may share a unit. By default partition, account and region. */
    default String unitKey(TargetRef target) {
        return target.partition() + "/" + target.account() + "/" + target.region();
    }

    /**
     * Returns why a target cannot run a script in a language, or empty when it can. By default shell and python
     * need a Unix-like platform.
     */
    default Optional<String> incompatibility(TargetRef target, ScriptLanguage language) {
        if (language != ScriptLanguage.POWERSHELL && target.platform() == Platform.WINDOWS) {
            return Optional.of("platform mismatch: " + language.id() + " scripts need a Linux or macOS target");
        }
        return Optional.empty();
    }

    /**
     * Returns whether this executor passes {@link PreparedScript#secrets()} to the script as environment variables
     * without writing them anywhere (no file, no service's command history, no log). Runs with secret parameters
     * are refused on providers that return false (the default).
     */
    default boolean passesSecretParameters() {
        return false;
    }

    /**
     * Sends the unit.
     *
     * @param unit the targets, script and limits
     * @param sink where to report state changes
     * @return the provider's reference for the unit (e.g. the SSM command id) once the provider accepted it. Fails
     *     with {@link DispatchRejectedException} when the unit was certainly not sent; any other failure means
     *     "maybe sent" and the engine will ask {@link #find}.
     */
    CompletableFuture<String> dispatch(DispatchUnit unit, InvocationSink sink);

    /**
     * Picks up tracking of a unit sent earlier, e.g. by a process that died.
     *
     * @param unit the unit with its reference
     * @param sink where to report state changes
     * @return completes when tracking has been set up
     */
    CompletableFuture<Void> resume(DispatchedUnit unit, InvocationSink sink);

    /**
     * Looks for a unit that may have been sent by a process that died before storing the reference.
     *
     * @param unit      the unit as it was about to be sent
     * @param notBefore the unit cannot have been sent before this instant
     * @return the reference when it was sent, empty when it certainly was not
     */
    CompletableFuture<Optional<String>> find(DispatchUnit unit, Instant notBefore);

    /**
     * Asks the provider to stop a unit; targets that already finished keep their result. The outcome reaches the
     * sink as {@code CANCELLED} (or a final state reached before the cancel landed).
     *
     * @param unit the unit with its reference
     * @return completes when the request was accepted
     */
    CompletableFuture<Void> cancel(DispatchedUnit unit);
}
