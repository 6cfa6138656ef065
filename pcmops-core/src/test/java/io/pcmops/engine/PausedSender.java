package io.pcmops.engine;

import io.pcmops.Pcmops;
import io.pcmops.internal.local.LocalProvider;
import io.pcmops.model.Run;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.DispatchedUnit;
import io.pcmops.spi.InvocationSink;
import io.pcmops.spi.Provider;
import io.pcmops.spi.ProviderContext;
import io.pcmops.spi.ProviderMetadata;
import io.pcmops.spi.SendPermit;
import io.pcmops.spi.TargetInventory;
import io.pcmops.testkit.Runs;
import io.pcmops.testkit.TestLibraries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A process that starts a run on {@code local} and, when its engine hands the first unit (already stored as
 * dispatching) to the provider, says so and waits there for a line on its standard input; the test stops the whole
 * process (SIGSTOP) while it waits, and continues it before writing the line. It then reports what its permit and
 * the provider said, on standard output. Used by {@link SendFencingTest}.
 */
public final class PausedSender {

    private static final BufferedReader INPUT = new BufferedReader(new InputStreamReader(System.in,
            StandardCharsets.UTF_8));

    private PausedSender() {
    }

    public static void main(String[] args) throws Exception {
        Pcmops pcm = TestLibraries.builder(Path.of(args[0]), new Pausing(new LocalProvider()))
                .lease(SendFencingTest.LEASE).build();
        Run run = Runs.start(pcm, "local", "echo ran >> " + args[1], Runs.options("1", "0"));
        say("RUN " + run.id());
        Thread.currentThread().join();
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** The local provider, except that its first send stops this whole process first. */
    private record Pausing(LocalProvider local) implements Provider, CommandExecutor {

        @Override
        public ProviderMetadata metadata() {
            return local.metadata();
        }

        @Override
        public void start(ProviderContext context) {
            local.start(context);
        }

        @Override
        public TargetInventory inventory() {
            return local.inventory();
        }

        @Override
        public CommandExecutor executor() {
            return this;
        }

        @Override
        public int maxUnitSize() {
            return 1;
        }

        @Override
        public CompletableFuture<String> dispatch(DispatchUnit unit, InvocationSink sink) {
            return local.executor().dispatch(unit, sink);
        }

        @Override
        public CompletableFuture<String> dispatch(DispatchUnit unit, InvocationSink sink, SendPermit permit) {
            say("PAUSING " + unit.unitId());
            awaitGo();
            try {
                permit.confirm();
                say("PERMIT held");
            } catch (RuntimeException e) {
                say("PERMIT revoked: " + e.getMessage());
            }
            CompletableFuture<String> sent = local.executor().dispatch(unit, sink, () -> { });
            sent.whenComplete((ref, error) -> say(error == null ? "SENT " + ref : "REFUSED " + error.getMessage()));
            return sent;
        }

        @Override
        public CompletableFuture<Void> resume(DispatchedUnit unit, InvocationSink sink) {
            return local.executor().resume(unit, sink);
        }

        @Override
        public CompletableFuture<Optional<String>> find(DispatchUnit unit, Instant notBefore) {
            return local.executor().find(unit, notBefore);
        }

        @Override
        public CompletableFuture<Void> cancel(DispatchedUnit unit) {
            return local.executor().cancel(unit);
        }

        @Override
        public void release(DispatchedUnit unit) {
            local.executor().release(unit);
        }

        @Override
        public void close() {
            local.close();
        }

        /** Blocks until the test writes a line: it stops this process meanwhile, and continues it first. */
        private static void awaitGo() {
            try {
                if (INPUT.readLine() == null) {
                    throw new IllegalStateException("the test closed this process's input");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
