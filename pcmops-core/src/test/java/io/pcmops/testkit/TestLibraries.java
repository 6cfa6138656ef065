package io.pcmops.testkit;

import io.pcmops.Pcmops;
import io.pcmops.PcmopsBuilder;
import io.pcmops.spi.Provider;
import java.nio.file.Path;
import java.time.Duration;

/** Builds libraries on a temporary data directory with a fixed test master key and no provider discovery. */
public final class TestLibraries {

    /** A fixed vault key for tests (32 bytes, hex). */
    public static final String MASTER_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    private TestLibraries() {
    }

    /** Returns a builder on {@code directory} with only the given providers. */
    public static PcmopsBuilder builder(Path directory, Provider... providers) {
        PcmopsBuilder builder = Pcmops.builder().dataDirectory(directory).discoverProviders(false)
                .masterKey(MASTER_KEY).actor("tester").eventPollInterval(Duration.ofMillis(50));
        for (Provider provider : providers) {
            builder.provider(provider);
        }
        return builder;
    }

    /** Returns a library on {@code directory} with only the given providers. */
    public static Pcmops open(Path directory, Provider... providers) {
        return builder(directory, providers).build();
    }
}
