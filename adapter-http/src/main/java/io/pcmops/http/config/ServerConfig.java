package io.pcmops.http.config;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.config.spi.ConfigSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Loads the server's configuration, highest priority first: the {@code PCMOPS_*} environment variables
 * ({@code PCMOPS_PORT}, {@code PCMOPS_HOST}, {@code PCMOPS_DATA_DIR}, {@code PCMOPS_ENABLE_LOCAL},
 * {@code PCMOPS_ADMIN_PASSWORD}), other environment variables and system properties (Helidon's mapping, e.g.
 * {@code SERVER_TLS_...}), the file named by {@code PCMOPS_CONFIG}, and the bundled {@code application.yaml}.
 */
public final class ServerConfig {

    private static final Map<String, String> VARIABLES = Map.of(
            "PCMOPS_PORT", "server.port",
            "PCMOPS_HOST", "server.host",
            "PCMOPS_DATA_DIR", "pcmops.data-dir",
            "PCMOPS_ENABLE_LOCAL", "pcmops.enable-local",
            "PCMOPS_ADMIN_PASSWORD", "pcmops.admin-password");

    private ServerConfig() {
    }

    /** Loads the configuration from the process environment. */
    public static Config load() {
        return load(System.getenv());
    }

    /** Loads the configuration from the given environment. */
    public static Config load(Map<String, String> environment) {
        Map<String, String> mapped = new HashMap<>();
        VARIABLES.forEach((variable, key) -> {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                mapped.put(key, value);
            }
        });
        List<Supplier<? extends ConfigSource>> sources = new ArrayList<>();
        sources.add(ConfigSources.create(mapped));
        sources.add(ConfigSources.environmentVariables());
        sources.add(ConfigSources.systemProperties());
        String file = environment.get("PCMOPS_CONFIG");
        if (file != null && !file.isBlank()) {
            sources.add(ConfigSources.file(Path.of(file)));
        }
        sources.add(ConfigSources.classpath("application.yaml"));
        return Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                .sources(sources).build();
    }
}
