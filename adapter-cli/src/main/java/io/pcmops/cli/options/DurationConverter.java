package io.pcmops.cli.options;

import io.pcmops.model.Durations;
import java.time.Duration;

/** Reads {@code 90s}, {@code 10m}, {@code 1h} (or ISO-8601) with the library's own parser. */
public final class DurationConverter extends LibraryConverter<Duration> {

    public DurationConverter() {
        super(Durations::parse);
    }
}
