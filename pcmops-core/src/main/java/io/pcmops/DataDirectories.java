package io.pcmops;

import java.nio.file.Path;

/** Where PCM-Ops keeps its data by default: {@code $PCMOPS_DATA_DIR}, else {@code ~/.pcmops}. */
public final class DataDirectories {

    private DataDirectories() {
    }

    /** Returns the default data directory. */
    public static Path defaultDirectory() {
        String fromEnvironment = System.getenv("PCMOPS_DATA_DIR");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return Path.of(System.getProperty("user.home"), ".pcmops");
    }
}
