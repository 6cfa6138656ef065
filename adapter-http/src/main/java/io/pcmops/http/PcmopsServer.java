package io.pcmops.http;

import io.helidon.config.Config;
import io.helidon.webserver.WebServer;
import io.pcmops.Pcmops;
import io.pcmops.PcmopsBuilder;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.inject.HttpComponent;
import io.pcmops.http.security.BindCheck;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A running server: the library, its object graph and the Helidon web server over them. */
public final class PcmopsServer implements AutoCloseable {

    private final Pcmops pcm;
    private final WebServer server;
    private final ScheduledExecutorService housekeeping;
    private final HttpComponent component;

    private PcmopsServer(Pcmops pcm, WebServer server, ScheduledExecutorService housekeeping,
                         HttpComponent component) {
        this.pcm = pcm;
        this.component = component;
        this.server = server;
        this.housekeeping = housekeeping;
    }

    /**
     * Opens the library the settings describe: the {@code local} provider is off unless enabled, and fixed off
     * (an admin cannot turn it on) when {@code PCMOPS_ENABLE_LOCAL=false}; its scripts run as
     * {@code PCMOPS_LOCAL_RUN_AS} when set, and it is never enabled while the server runs as root without one.
     */
    public static Pcmops library(ServerSettings settings) {
        PcmopsBuilder builder = Pcmops.builder().dataDirectory(settings.dataDirectory()).actor("pcmops-server")
                .signInPolicy(settings.signIn())
                .requireLocalRunAsWhenRoot(true);
        Map<String, String> local = new HashMap<>(Map.of("enabled",
                Boolean.toString(settings.enableLocal().orElse(false))));
        settings.localRunAs().ifPresent(account -> local.put("runAs", account));
        if (settings.enableLocal().equals(Optional.of(false))) {
            builder.fixedSettings("local", local);
        } else {
            builder.providerDefaults("local", local);
        }
        return builder.build();
    }

    /**
     * Starts a server from configuration: refuses an address beyond loopback without TLS (unless allowed), opens
     * the library, creates or restores the admin, binds the port.
     */
    public static PcmopsServer start(Config config) {
        ServerSettings settings = ServerSettings.from(config);
        BindCheck.check(config.get("server.host").asString().orElse("127.0.0.1"), settings.network());
        Pcmops pcm = library(settings);
        try {
            HttpComponent component = HttpComponent.create(pcm, settings);
            component.bootstrap().ensureAdmin();
            WebServer server = WebServer.builder().config(config.get("server"))
                    .connectionOptions(o -> o.tcpNoDelay(true))
                    .routing(component.routes()::routing).build().start();
            ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofVirtual().name("pcmops-housekeeping").factory());
            housekeeping.scheduleWithFixedDelay(pcm.sessions()::purge, 1, 10, TimeUnit.MINUTES);
            housekeeping.scheduleWithFixedDelay(component.throttled()::flush, 1, 1, TimeUnit.MINUTES);
            return new PcmopsServer(pcm, server, housekeeping, component);
        } catch (RuntimeException e) {
            pcm.close();
            throw e;
        }
    }

    /** Returns the bound port. */
    public int port() {
        return server.port();
    }

    /** Returns whether TLS is on. */
    public boolean secure() {
        return server.hasTls();
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        server.stop();
        component.throttled().flush();
        pcm.close();
    }
}
