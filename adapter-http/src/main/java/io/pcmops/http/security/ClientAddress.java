package io.pcmops.http.security;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** The address a request came from, for throttling and the audit log. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** Returns the peer's address, or the first {@code X-Forwarded-For} hop when that header is trusted. */
    public static String of(ServerRequest request, boolean trustForwardedFor) {
        if (trustForwardedFor) {
            String forwarded = request.headers().first(HeaderNames.X_FORWARDED_FOR).orElse("");
            if (!forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
        }
        SocketAddress address = request.remotePeer().address();
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }
}
