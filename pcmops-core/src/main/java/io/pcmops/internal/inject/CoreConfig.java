package io.pcmops.internal.inject;

import io.pcmops.internal.engine.EngineSettings;
import io.pcmops.spi.Provider;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the public builder collected, handed to the component as one instance.
 *
 * @param dataDirectory    data directory (exists)
 * @param clock            clock
 * @param executor         executor for asynchronous work
 * @param scheduler        scheduler for timers and polling
 * @param providers        providers by id
 * @param providerDefaults default settings per provider
 * @param fixedSettings    settings per provider fixed for this process (they win over the store)
 * @param engine           engine tunables
 * @param masterKey        vault key given by the environment or the builder, or {@code null} for the key file
 * @param eventPoll        how often event feeds read the store for runs driven elsewhere
 */
public record CoreConfig(Path dataDirectory, Clock clock, ExecutorService executor, ScheduledExecutorService scheduler,
                         Map<String, Provider> providers, Map<String, Map<String, String>> providerDefaults,
                         Map<String, Map<String, String>> fixedSettings,
                         EngineSettings engine, String masterKey, Duration eventPoll) {

    @Override
    public String toString() {
        return "CoreConfig[" + dataDirectory + ", providers " + providers.keySet() + ", masterKey redacted]";
    }
}
