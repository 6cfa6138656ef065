package io.pcmops.http.security;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.pcmops.http.config.ServerSettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * The address a request came from, for throttling, back-off and the audit log. {@code X-Forwarded-For} is only
 * believed when the peer is a configured trusted proxy; then the client is the right-most hop that is not a trusted
 * proxy (hops to its left are whatever the client claimed, and cannot be believed).
 */
@Singleton
public final class ClientAddress {

    private final List<AddressRange> proxies;

    @Inject
    public ClientAddress(ServerSettings settings) {
        this.proxies = settings.network().trustedProxies().stream().map(AddressRange::parse).toList();
    }

    /** Returns the client's address. */
    public String of(ServerRequest request) {
        String peer = peer(request);
        if (!trusted(AddressRange.literal(peer))) {
            return peer;
        }
        List<String> hops = hops(request);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = AddressRange.literal(hops.get(i));
            if (hop.isEmpty()) {
                return peer;
            }
            if (!trusted(hop)) {
                return hop.get().getHostAddress();
            }
        }
        return hops.isEmpty() ? peer : AddressRange.literal(hops.get(0)).map(InetAddress::getHostAddress).orElse(peer);
    }

    private boolean trusted(Optional<InetAddress> address) {
        return address.isPresent() && proxies.stream().anyMatch(range -> range.contains(address.get()));
    }

    private static List<String> hops(ServerRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : request.headers().all(HeaderNames.X_FORWARDED_FOR, List::of)) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        return hops;
    }

    private static String peer(ServerRequest request) {
        SocketAddress address = request.remotePeer().address();
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }
}
