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
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A process that starts a run on {@code local} and stops itself with SIGSTOP at the moment its engine hands the
 * first unit, already stored as dispatching, to the provider; used by {@link SendFencingTest}. Once continued, it
 * reports what its permit and the provider said, on standard output.
 */
public final class PausedSender {

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
            stopThisProcess();
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

        private static void stopThisProcess() {
            try {
                new ProcessBuilder("kill", "-STOP", Long.toString(ProcessHandle.current().pid())).start().waitFor();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop this process", e);
            }
        }
    }
}
