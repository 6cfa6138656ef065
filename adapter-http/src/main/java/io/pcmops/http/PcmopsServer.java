package io.pcmops.http;

import io.helidon.config.Config;
import io.helidon.webserver.WebServer;
import io.pcmops.Pcmops;
import io.pcmops.PcmopsBuilder;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.inject.HttpComponent;
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

    private PcmopsServer(Pcmops pcm, WebServer server, ScheduledExecutorService housekeeping) {
        this.pcm = pcm;
        this.server = server;
        this.housekeeping = housekeeping;
    }

    /**
     * Opens the library the settings describe: the {@code local} provider is off unless enabled, and fixed off
     * (an admin cannot turn it on) when {@code PCMOPS_ENABLE_LOCAL=false}.
     */
    public static Pcmops library(ServerSettings settings) {
        PcmopsBuilder builder = Pcmops.builder().dataDirectory(settings.dataDirectory()).actor("pcmops-server");
        Map<String, String> local = Map.of("enabled", Boolean.toString(settings.enableLocal().orElse(false)));
        if (settings.enableLocal().equals(Optional.of(false))) {
            builder.fixedSettings("local", local);
        } else {
            builder.providerDefaults("local", local);
        }
        return builder.build();
    }

    /** Starts a server from configuration: opens the library, creates the first admin, binds the port. */
    public static PcmopsServer start(Config config) {
        ServerSettings settings = ServerSettings.from(config);
        Pcmops pcm = library(settings);
        try {
            HttpComponent component = HttpComponent.create(pcm, settings);
            component.bootstrap().ensureAdmin();
            WebServer server = WebServer.builder().config(config.get("server"))
                    .connectionOptions(o -> o.tcpNoDelay(true))
                    .routing(component.routes()::routing).build().start();
            ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofVirtual().name("pcmops-housekeeping").factory());
            housekeeping.scheduleWithFixedDelay(component.sessions()::purge, 1, 10, TimeUnit.MINUTES);
            return new PcmopsServer(pcm, server, housekeeping);
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
        pcm.close();
    }
}
