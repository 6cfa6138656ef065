package io.pcmops.examples.ssh;

import io.pcmops.model.Reachability;
import io.pcmops.model.ReachabilityStatus;
import io.pcmops.model.Target;
import io.pcmops.model.TargetListing;
import io.pcmops.model.TargetState;
import io.pcmops.spi.InventoryRequest;
import io.pcmops.spi.ProviderContext;
import io.pcmops.spi.TargetInventory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** The hosts file as targets; a host whose SSH port accepts a connection within two seconds is online. */
final class SshInventory implements TargetInventory {

    private static final int PROBE_MILLIS = 2000;

    private final Supplier<List<SshHost>> hosts;
    private final ProviderContext context;

    SshInventory(Supplier<List<SshHost>> hosts, ProviderContext context) {
        this.hosts = hosts;
        this.context = context;
    }

    @Override
    public CompletableFuture<TargetListing> list(InventoryRequest request) {
        List<CompletableFuture<Target>> probes = hosts.get().stream()
                .map(host -> CompletableFuture.supplyAsync(() -> target(host), context.executor())).toList();
        return CompletableFuture.allOf(probes.toArray(CompletableFuture[]::new))
                .thenApply(done -> TargetListing.of(probes.stream().map(CompletableFuture::join).toList()));
    }

    private static Target target(SshHost host) {
        boolean online = reachable(host);
        return Target.builder(SshProvider.ID, host.name()).partition("ssh").name(host.name())
                .platform(host.platform()).state(TargetState.RUNNING).privateIp(host.host())
                .reachability(new Reachability(online ? ReachabilityStatus.ONLINE : ReachabilityStatus.OFFLINE,
                        null, online ? Instant.now() : null, null, null))
                .build();
    }

    private static boolean reachable(SshHost host) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host.host(), host.port()), PROBE_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
