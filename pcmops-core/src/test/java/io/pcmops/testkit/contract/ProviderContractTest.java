package io.pcmops.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.pcmops.model.InvocationState;
import io.pcmops.model.ReachabilityStatus;
import io.pcmops.model.Target;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.DispatchRejectedException;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.DispatchedUnit;
import io.pcmops.spi.Failures;
import io.pcmops.spi.InvocationUpdate;
import io.pcmops.testkit.Waits;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract the run engine relies on from a provider's {@link CommandExecutor}, as tests a provider author runs
 * against their own provider: extend this class, say how to open a library with the provider registered and which
 * targets it refuses, and run it with JUnit (see {@code examples/README.md}).
 *
 * <p>The kit calls the executor the way the engine does, with units of at most three targets (and at most
 * {@link CommandExecutor#maxUnitSize()}) sharing one unit key. It sends three shell scripts; a fleet that does not
 * run scripts for real maps them to outcomes: {@link #QUICK} and {@link #BRIEF} succeed with {@link #OUTPUT} (the
 * second after about two seconds), {@link #ENDLESS} runs until it is cancelled or times out.
 */
public abstract class ProviderContractTest {

    /** Succeeds at once, printing {@link #OUTPUT}. */
    public static final String QUICK = "echo contract-ok";
    /** Succeeds after about two seconds, printing {@link #OUTPUT}. */
    public static final String BRIEF = "sleep 2; echo contract-ok";
    /** Runs until cancelled or timed out. */
    public static final String ENDLESS = "sleep 600";
    /** What {@link #QUICK} and {@link #BRIEF} print. */
    public static final String OUTPUT = "contract-ok\n";

    @TempDir
    protected Path dataDirectory;

    private final List<ProviderUnderTest> opened = new ArrayList<>();
    private final ContractUnits units = new ContractUnits();

    /**
     * Opens a library on the data directory with a new instance of the provider under test registered and
     * configured. Called again on the same directory to stand for a process started after the first one stopped.
     */
    protected abstract ProviderUnderTest open(Path dataDirectory);

    /**
     * Returns targets the provider will certainly refuse to send to ({@link DispatchRejectedException}), arranging
     * that first if needed (e.g. denying the credentials of their account, or naming a host that is down).
     */
    protected abstract List<TargetRef> refusedTargets(ProviderUnderTest provider);

    /** Returns the targets to run on: by default up to three online targets sharing the first one's unit key. */
    protected List<TargetRef> targets(ProviderUnderTest provider) {
        CommandExecutor executor = provider.executor();
        List<TargetRef> online = provider.targets().stream()
                .filter(target -> target.reachability().status() == ReachabilityStatus.ONLINE)
                .map(Target::ref).toList();
        assertThat(online).as("online targets of provider " + provider.id()).isNotEmpty();
        String key = executor.unitKey(online.get(0));
        return online.stream().filter(target -> executor.unitKey(target).equals(key))
                .limit(Math.min(3, executor.maxUnitSize())).toList();
    }

    /** Returns the execution timeout of the timeout test (default 3 s). */
    protected Duration shortExecutionTimeout() {
        return Duration.ofSeconds(3);
    }

    /** Returns how long the kit waits for final states (default 90 s). */
    protected Duration patience() {
        return Duration.ofSeconds(90);
    }

    /**
     * Checks, with the fleet's own records, that a refused unit reached none of its targets. The kit itself checks
     * that {@code find} does not see it; override to check more.
     */
    protected void assertNeverReachedTheFleet(ProviderUnderTest provider, DispatchUnit unit) {
    }

    @AfterEach
    void closeLibraries() {
        opened.forEach(ProviderUnderTest::close);
    }

    @Test
    void dispatch_reachesAFinalStateForEveryTarget() {
        ProviderUnderTest provider = start();
        DispatchUnit unit = units.unit(targets(provider), QUICK, units.defaultTimeout());
        RecordingSink sink = new RecordingSink();

        String ref = await(provider.executor().dispatch(unit, sink));

        assertThat(ref).as("the provider's reference").isNotBlank();
        assertSucceeded(unit, sink.awaitFinal(unit.targets(), patience()));
    }

    /**
     * A refused unit reached no target: {@code find} never reports it as sent (it may fail for the same reason the
     * dispatch was refused), and the fixture's own check agrees.
     */
    @Test
    void dispatchRejected_meansTheUnitWasNotSent() {
        ProviderUnderTest provider = start();
        DispatchUnit unit = units.unit(refusedTargets(provider), QUICK, units.defaultTimeout());
        Instant before = Instant.now();

        Throwable error = failure(provider.executor().dispatch(unit, new RecordingSink()));

        assertThat(error).as("a refused dispatch").isInstanceOf(DispatchRejectedException.class);
        assertThat(((DispatchRejectedException) error).state().terminal()).isTrue();
        assertThat(provider.executor().find(unit, before.minusSeconds(60))).as("find after a rejection")
                .satisfiesAnyOf(found -> assertThat(found).failsWithin(patience()),
                        found -> assertThat(found).succeedsWithin(patience()).isEqualTo(Optional.empty()));
        assertNeverReachedTheFleet(provider, unit);
    }

    @Test
    void find_inARestartedProcess_findsTheSentUnitAndNotAnUnsentOne() {
        ProviderUnderTest first = start();
        List<TargetRef> targets = targets(first);
        DispatchUnit sent = units.unit(targets, BRIEF, units.defaultTimeout());
        DispatchUnit unsent = units.unit(targets, BRIEF, units.defaultTimeout());
        Instant before = Instant.now().minusSeconds(60);
        await(first.executor().dispatch(sent, new RecordingSink()));

        ProviderUnderTest restarted = start();

        assertThat(await(restarted.executor().find(sent, before))).as("find of a sent unit").isPresent();
        assertThat(await(restarted.executor().find(unsent, before))).as("find of a unit never sent").isEmpty();
    }

    @Test
    void resume_inARestartedProcess_collectsEveryFinalState() {
        ProviderUnderTest first = start();
        DispatchUnit unit = units.unit(targets(first), BRIEF, units.defaultTimeout());
        Instant sentAt = Instant.now();
        String ref = await(first.executor().dispatch(unit, new RecordingSink()));
        first.close();
        opened.remove(first);

        ProviderUnderTest restarted = start();
        RecordingSink sink = new RecordingSink();
        await(restarted.executor().resume(new DispatchedUnit(unit, ref, sentAt), sink));

        assertSucceeded(unit, sink.awaitFinal(unit.targets(), patience()));
    }

    @Test
    void cancel_endsRunningTargetsCancelled() {
        ProviderUnderTest provider = start();
        DispatchUnit unit = units.unit(targets(provider), ENDLESS, units.defaultTimeout());
        RecordingSink sink = new RecordingSink();
        Instant sentAt = Instant.now();
        String ref = await(provider.executor().dispatch(unit, sink));
        Waits.until(patience(), "every target in progress",
                () -> sink.reached(unit.targets(), InvocationState.IN_PROGRESS));

        await(provider.executor().cancel(new DispatchedUnit(unit, ref, sentAt)));

        Map<String, InvocationUpdate> finals = sink.awaitFinal(unit.targets(), patience());
        assertThat(finals.values()).extracting(InvocationUpdate::state).containsOnly(InvocationState.CANCELLED);
    }

    @Test
    void executionTimeout_endsRunningTargetsTimedOut() {
        ProviderUnderTest provider = start();
        DispatchUnit unit = units.unit(targets(provider), ENDLESS, shortExecutionTimeout());
        RecordingSink sink = new RecordingSink();

        await(provider.executor().dispatch(unit, sink));

        Map<String, InvocationUpdate> finals = sink.awaitFinal(unit.targets(), patience());
        assertThat(finals.values()).extracting(InvocationUpdate::state)
                .containsOnly(InvocationState.TIMED_OUT_EXECUTION);
    }

    private ProviderUnderTest start() {
        ProviderUnderTest provider = open(dataDirectory);
        opened.add(provider);
        provider.executor();
        return provider;
    }

    private static void assertSucceeded(DispatchUnit unit, Map<String, InvocationUpdate> finals) {
        for (TargetRef target : unit.targets()) {
            InvocationUpdate last = finals.get(target.targetId());
            assertThat(last.state()).as("final state of " + target.targetId() + " (" + last.reason() + ")")
                    .isEqualTo(InvocationState.SUCCESS);
            assertThat(last.exitCode()).as("exit code of " + target.targetId()).isZero();
            assertThat(last.stdout().text()).as("output of " + target.targetId()).isEqualTo(OUTPUT);
        }
    }

    private <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(patience().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the provider call failed or took too long: " + Failures.unwrap(e), e);
        }
    }

    private Throwable failure(CompletableFuture<?> future) {
        try {
            Object value = future.get(patience().toMillis(), TimeUnit.MILLISECONDS);
            return fail("expected the dispatch to be refused, but it was accepted as " + value);
        } catch (Exception e) {
            return Failures.unwrap(e);
        }
    }
}
