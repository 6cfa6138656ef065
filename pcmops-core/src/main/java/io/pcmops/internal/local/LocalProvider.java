package io.pcmops.internal.local;

import io.pcmops.model.TargetListing;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.Provider;
import io.pcmops.spi.ProviderContext;
import io.pcmops.spi.ProviderMetadata;
import io.pcmops.spi.SettingSpec;
import io.pcmops.spi.TargetInventory;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Provider {@code local}: one target, this machine. Scripts run detached from the JVM, in their own session and
 * process group, with output and exit code written to files in the run's folder, so a restarted process collects
 * them. Settings: {@code maxOutputBytes} (per stream, default 8 MiB).
 */
public final class LocalProvider implements Provider {

    /** The provider id. */
    public static final String ID = "local";

    private LocalHost host;
    private LocalExecutor executor;

    @Override
    public ProviderMetadata metadata() {
        return new ProviderMetadata(ID, "This machine", "Runs scripts on the machine PCM-Ops runs on", List.of(
                SettingSpec.integer("maxOutputBytes", 8L << 20, 1024, 64L << 20,
                        "output kept per stream of each run, in bytes; longer output is marked truncated")));
    }

    @Override
    public synchronized void start(ProviderContext context) {
        host = LocalHost.detect();
        executor = new LocalExecutor(context);
    }

    @Override
    public TargetInventory inventory() {
        return request -> CompletableFuture.completedFuture(TargetListing.of(List.of(host.target())));
    }

    @Override
    public CommandExecutor executor() {
        return executor;
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.close();
        }
    }
}
