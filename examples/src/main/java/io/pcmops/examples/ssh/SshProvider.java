package io.pcmops.examples.ssh;

import io.pcmops.InvalidRequestException;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.Provider;
import io.pcmops.spi.ProviderContext;
import io.pcmops.spi.ProviderMetadata;
import io.pcmops.spi.TargetInventory;
import java.util.List;

/**
 * Provider {@code ssh}: runs scripts over SSH on the hosts listed in a file, written only against PCM-Ops' public
 * SPI and found by {@link java.util.ServiceLoader} ({@code META-INF/services/io.pcmops.spi.Provider}).
 *
 * <p>Each script runs on its host as a detached job that writes its pid, output and exit code to files there, so
 * a process that stops mid-run loses nothing: the next engine to drive the run collects the results. Settings:
 * see {@link SshSettings}.
 */
public final class SshProvider implements Provider {

    /** The provider id. */
    public static final String ID = "ssh";

    private SshSettings settings;
    private SshConnections connections;
    private SshInventory inventory;
    private SshExecutor executor;

    @Override
    public ProviderMetadata metadata() {
        return new ProviderMetadata(ID, "SSH hosts (example plugin)", "Runs scripts over SSH on the hosts of a file",
                SshSettings.DECLARED);
    }

    @Override
    public synchronized void start(ProviderContext context) {
        settings = SshSettings.from(context.settings());
        connections = new SshConnections(settings);
        inventory = new SshInventory(this::hosts, context);
        executor = new SshExecutor(context, settings, connections, this::host);
    }

    @Override
    public TargetInventory inventory() {
        return inventory;
    }

    @Override
    public CommandExecutor executor() {
        return executor;
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.close();
            connections.close();
        }
    }

    private List<SshHost> hosts() {
        return SshHost.read(settings.hostsFile());
    }

    private SshHost host(String name) {
        return hosts().stream().filter(host -> host.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("host '" + name + "' is no longer in "
                        + settings.hostsFile()));
    }
}
