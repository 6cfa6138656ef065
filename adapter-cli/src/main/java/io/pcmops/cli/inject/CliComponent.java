package io.pcmops.cli.inject;

import dagger.BindsInstance;
import dagger.Component;
import io.pcmops.cli.env.CliEnvironment;
import io.pcmops.cli.options.GlobalOptions;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import javax.inject.Singleton;
import picocli.CommandLine.IFactory;

/** The command line's object graph: one per process (one per test). */
@Singleton
@Component(modules = CommandModule.class)
public interface CliComponent {

    GlobalOptions options();

    IFactory factory();

    ExitCodes exitCodes();

    CliContext context();

    /** Builds the component around the outside world. */
    @Component.Builder
    interface Builder {
        @BindsInstance
        Builder environment(CliEnvironment environment);

        CliComponent build();
    }
}
