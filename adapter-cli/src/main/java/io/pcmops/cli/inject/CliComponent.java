package io.pcmops.cli.inject;

import dagger.BindsInstance;
import dagger.Component;
import io.pcmops.cli.CliContext;
import io.pcmops.cli.ExitCodes;
import io.pcmops.cli.PcmopsCli;
import io.pcmops.cli.env.CliEnvironment;
import javax.inject.Singleton;
import picocli.CommandLine.IFactory;

/** The command line's object graph: one per process (one per test). */
@Singleton
@Component(modules = CommandModule.class)
public interface CliComponent {

    PcmopsCli root();

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
