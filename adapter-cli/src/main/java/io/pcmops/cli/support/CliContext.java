package io.pcmops.cli.support;

import io.pcmops.cli.env.CliEnvironment;
import io.pcmops.cli.options.GlobalOptions;
import javax.inject.Inject;
import javax.inject.Singleton;

/** What every command needs: the global options, the outside world and the library. */
@Singleton
public final class CliContext {

    private final GlobalOptions options;
    private final CliEnvironment environment;
    private final LibraryAccess library;

    @Inject
    public CliContext(GlobalOptions options, CliEnvironment environment, LibraryAccess library) {
        this.options = options;
        this.environment = environment;
        this.library = library;
    }

    public GlobalOptions options() {
        return options;
    }

    public CliEnvironment environment() {
        return environment;
    }

    public LibraryAccess library() {
        return library;
    }

    /** Returns whether standard output gets colour. */
    public boolean colorOut() {
        return colorAllowed() && environment.terminals().stdout();
    }

    /** Returns whether standard error gets colour. */
    public boolean colorErr() {
        return colorAllowed() && environment.terminals().stderr();
    }

    private boolean colorAllowed() {
        return !options.noColor() && !environment.noColorVariable();
    }
}
