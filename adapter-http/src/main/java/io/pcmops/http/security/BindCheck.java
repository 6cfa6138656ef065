package io.pcmops.http.security;

import io.pcmops.http.config.ServerSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Refuses to listen beyond loopback without TLS (sessions and passwords would cross the network in clear), unless
 * explicitly allowed ({@code pcmops.allow-insecure-bind: true} or {@code PCMOPS_ALLOW_INSECURE_BIND=true}, e.g.
 * behind a TLS-terminating proxy).
 */
public final class BindCheck {

    private BindCheck() {
    }

    /**
     * Checks the address the server is about to listen on.
     *
     * @throws IllegalStateException with what to do, when it must not listen there
     */
    public static void check(String host, ServerSettings.Network network) {
        if (network.tls() || network.allowInsecureBind() || loopback(host)) {
            return;
        }
        throw new IllegalStateException("refusing to listen on " + host + " without TLS: configure server.tls (see "
                + "application.yaml), listen on 127.0.0.1, or set PCMOPS_ALLOW_INSECURE_BIND=true "
                + "(pcmops.allow-insecure-bind) when a TLS-terminating proxy is in front");
    }

    private static boolean loopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
