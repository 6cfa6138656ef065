package io.pcmops.cli.options;

import io.pcmops.model.RunOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Limits and timeouts of a run. */
public final class RunLimitOptions {

    @Option(names = "--max-concurrency", paramLabel = "N|N%",
            description = "Targets running at once, across the whole run (default: 50).")
    private String maxConcurrency;

    @Option(names = "--max-errors", paramLabel = "N|N%",
            description = "Failures tolerated before no further target starts (default: 0).")
    private String maxErrors;

    @Option(names = "--delivery-timeout", paramLabel = "D", converter = DurationConverter.class,
            description = "How long delivery may take, e.g. 90s, 10m, 1h (default: 1h).")
    private Duration deliveryTimeout;

    @Option(names = "--execution-timeout", paramLabel = "D", converter = DurationConverter.class,
            description = "How long the script may run, e.g. 90s, 10m, 1h (default: 1h).")
    private Duration executionTimeout;

    /** Returns the run options, validated by the library. */
    public RunOptions toRunOptions() {
        return new RunOptions(maxConcurrency, maxErrors, deliveryTimeout, executionTimeout);
    }
}
