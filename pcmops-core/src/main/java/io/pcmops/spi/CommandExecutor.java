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
 * the {@link InvocationSink}, and eventually a final state for each of them. Once every target's final state is
 * stored, the engine calls {@link #release} so the provider can drop what it kept for the unit.
 *
 * <p>The engine calls {@link #dispatch(DispatchUnit, InvocationSink, SendPermit)}. Where the provider allows it, a
 * launch should also be idempotent on the provider's side (the {@code local} provider keeps one exclusive marker per
 * unit), so that a unit already sent is never started again, and a unit that {@link #find} reported as not sent is
 * never started later by a process that was paused.
 *
 * <p>{@code ProviderContractTest} in pcmops-core's test jar checks these rules against a provider.
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
     * Sends the unit if this engine still owns its run. The default confirms the permit, then calls
     * {@link #dispatch(DispatchUnit, InvocationSink)}; a provider with slow preparation before the actual send
     * (e.g. fetching credentials) overrides it to confirm as late as it can.
     *
     * @param unit   the targets, script and limits
     * @param sink   where to report state changes
     * @param permit confirmed immediately before sending; a {@link PermitRevokedException} it throws fails the
     *               returned future, and nothing is sent
     * @return as {@link #dispatch(DispatchUnit, InvocationSink)}
     */
    default CompletableFuture<String> dispatch(DispatchUnit unit, InvocationSink sink, SendPermit permit) {
        try {
            permit.confirm();
        } catch (PermitRevokedException e) {
            return CompletableFuture.failedFuture(e);
        }
        return dispatch(unit, sink);
    }

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

    /**
     * Tells the provider that every target of a unit has a final state in the store, so anything it kept for the
     * unit (output files, job folders) may go. Called at most once per unit, on the engine's thread: it must be
     * quick and must not fail. By default nothing is kept, so nothing is done.
     *
     * @param unit the unit with its reference
     */
    default void release(DispatchedUnit unit) {
    }
}
