package io.pcmops.http;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import io.pcmops.http.config.ServerConfig;

/** Starts the PCM-Ops server: {@code java -jar pcmops-server.jar} (see {@code bin/pcmops-server}). */
public final class HttpMain {

    private static final System.Logger LOG = System.getLogger(HttpMain.class.getName());

    private HttpMain() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        Config config = ServerConfig.load();
        PcmopsServer server;
        try {
            server = PcmopsServer.start(config);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "PCM-Ops server did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "pcmops-shutdown"));
        String host = config.get("server.host").asString().orElse("127.0.0.1");
        LOG.log(System.Logger.Level.INFO, "PCM-Ops listening on " + (server.secure() ? "https" : "http") + "://"
                + host + ":" + server.port() + "/");
    }
}
