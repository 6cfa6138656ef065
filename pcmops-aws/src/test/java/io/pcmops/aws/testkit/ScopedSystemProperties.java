package io.pcmops.aws.testkit;

import java.util.HashMap;
import java.util.Map;

/**
 * Sets JVM system properties (e.g. the SDK's {@code aws.accessKeyId}, {@code aws.configFile},
 * {@code aws.endpointUrlEc2}) for a block and puts the previous values back when closed.
 *
 * {@snippet :
 * try (ScopedSystemProperties scoped = ScopedSystemProperties.set(Map.of("aws.configFile", config.toString()))) {
 *     // SDK clients built here read that config file
 * }
 * }
 */
public final class ScopedSystemProperties implements AutoCloseable {

    private final Map<String, String> previous = new HashMap<>();

    private ScopedSystemProperties(Map<String, String> values) {
        values.forEach((key, value) -> {
            previous.put(key, System.getProperty(key));
            System.setProperty(key, value);
        });
    }

    /** Sets the properties until {@link #close()}. */
    public static ScopedSystemProperties set(Map<String, String> values) {
        return new ScopedSystemProperties(values);
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}
