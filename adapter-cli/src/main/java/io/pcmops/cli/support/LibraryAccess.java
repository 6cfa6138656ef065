package io.pcmops.cli.support;

import io.pcmops.DataDirectories;
import io.pcmops.Pcmops;
import io.pcmops.cli.env.CliEnvironment;
import io.pcmops.cli.options.GlobalOptions;
import java.nio.file.Path;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Opens the library on the data directory the command line names, as the actor {@code cli:<user>}. */
@Singleton
public final class LibraryAccess {

    private final GlobalOptions options;
    private final CliEnvironment environment;

    @Inject
    public LibraryAccess(GlobalOptions options, CliEnvironment environment) {
        this.options = options;
        this.environment = environment;
    }

    /** Opens the library; the caller closes it. */
    public Pcmops open(Access access) {
        return Pcmops.builder().dataDirectory(dataDirectory()).actor(actor())
                .takeOverOrphanedRuns(access == Access.DRIVE).build();
    }

    /** Returns the data directory in use. */
    public Path dataDirectory() {
        if (options.dataDirectory() != null) {
            return options.dataDirectory();
        }
        String fromEnvironment = environment.variables().get("PCMOPS_DATA_DIR");
        return fromEnvironment == null || fromEnvironment.isBlank() ? DataDirectories.defaultDirectory()
                : Path.of(fromEnvironment);
    }

    /** Returns the actor changes are recorded under. */
    public String actor() {
        return "cli:" + environment.userName();
    }
}
