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
 * process group, each in a fresh working directory outside the data directory; output and exit code are written to
 * files in the unit's folder in the data directory, so a restarted process collects them, and the files are removed
 * once the results are stored.
 *
 * <p>Settings: {@code maxOutputBytes} (per stream, default 8 MiB: more is counted but not kept, already while the
 * script runs); {@code runAs} (an account scripts run as, e.g. {@code nobody}, switched to with {@code setpriv};
 * needs this process to run as root; by default scripts run as this process's account); {@code workDirectory}
 * (where working directories are made, default the system's temporary folder).
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
                        "output kept per stream of each run, in bytes; longer output is counted, not kept, and "
                                + "marked truncated"),
                SettingSpec.text("runAs", null, "[A-Za-z_][A-Za-z0-9_.-]{0,31}",
                        "the unprivileged account scripts run as (e.g. nobody); needs this process to run as root"),
                SettingSpec.text("workDirectory", null, "/.*",
                        "absolute folder where each script gets its working directory (default: the system's "
                                + "temporary folder); never inside the data directory")));
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
