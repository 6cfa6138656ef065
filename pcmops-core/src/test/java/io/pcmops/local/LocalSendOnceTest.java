package io.pcmops.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.internal.local.LocalProvider;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Target;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.DispatchRejectedException;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.testkit.TestLibraries;
import io.pcmops.testkit.contract.ContractUnits;
import io.pcmops.testkit.contract.ProviderUnderTest;
import io.pcmops.testkit.contract.RecordingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local launch happens at most once per unit, whichever process asks and in whatever order. */
class LocalSendOnceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final ContractUnits units = new ContractUnits();

    @Test
    void sameUnitDispatchedByTwoProcesses_runsOnce() throws Exception {
        Path log = dir.resolve("ran.log");
        try (ProviderUnderTest first = open(); ProviderUnderTest second = open()) {
            DispatchUnit unit = units.unit(target(first), "echo ran >> " + log, units.defaultTimeout());
            RecordingSink firstSink = new RecordingSink();
            RecordingSink secondSink = new RecordingSink();

            String firstRef = get(first.executor().dispatch(unit, firstSink));
            String secondRef = get(second.executor().dispatch(unit, secondSink));

            assertThat(secondRef).isEqualTo(firstRef);
            assertThat(firstSink.awaitFinal(unit.targets(), PATIENCE).values()).allMatch(u -> u.state()
                    == InvocationState.SUCCESS);
            assertThat(secondSink.awaitFinal(unit.targets(), PATIENCE).values()).allMatch(u -> u.state()
                    == InvocationState.SUCCESS);
            assertThat(Files.readAllLines(log)).containsExactly("ran");
        }
    }

    @Test
    void unitFoundUnsent_isRefusedWhenAPausedProcessSendsItLater() throws Exception {
        Path log = dir.resolve("ran.log");
        try (ProviderUnderTest paused = open(); ProviderUnderTest heir = open()) {
            DispatchUnit unit = units.unit(target(paused), "echo ran >> " + log, units.defaultTimeout());

            assertThat(get(heir.executor().find(unit, Instant.now().minusSeconds(60)))).isEmpty();
            CompletableFuture<String> late = paused.executor().dispatch(unit, new RecordingSink());

            assertThat(late).failsWithin(PATIENCE).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(DispatchRejectedException.class);
            assertThat(log).doesNotExist();
        }
    }

    private ProviderUnderTest open() {
        LocalProvider local = new LocalProvider();
        return new ProviderUnderTest(TestLibraries.open(dir.resolve("data"), local), local);
    }

    private static List<TargetRef> target(ProviderUnderTest provider) {
        CommandExecutor executor = provider.executor();
        assertThat(executor.maxUnitSize()).isOne();
        return provider.targets().stream().map(Target::ref).toList();
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
}
