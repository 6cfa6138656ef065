package io.pcmops.cli.options;

import java.nio.file.Path;
import javax.inject.Inject;
import javax.inject.Singleton;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts, before or after its name. One instance per process holds what was given. */
@Singleton
public final class GlobalOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            converter = DataDirectoryConverter.class, description = "Data directory (default: $PCMOPS_DATA_DIR, else ~/.pcmops).")
    private Path dataDirectory;

    @Option(names = "--output", paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            description = "Output format: table, json or csv (default: table).")
    private OutputFormat output;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "Print no colours (also when NO_COLOR is set).")
    private boolean noColor;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only results and errors: no plan preview, progress or hints.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print stack traces with errors, and library warnings.")
    private boolean verbose;

    @Inject
    public GlobalOptions() {
    }

    /** Returns the data directory given on the command line, or {@code null} for the default. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    public OutputFormat output() {
        return output == null ? OutputFormat.TABLE : output;
    }

    public boolean noColor() {
        return noColor;
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean verbose() {
        return verbose;
    }
}
