package io.pcmops.cli;

import io.pcmops.cli.env.CliEnvironment;
import io.pcmops.cli.inject.CliComponent;
import io.pcmops.cli.inject.DaggerCliComponent;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/** Builds the command line for one process (or one test) and runs it. */
public final class Cli {

    private Cli() {
    }

    /** Returns the command line for these arguments, printing on the given writers. */
    public static CommandLine create(CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
        CliComponent component = DaggerCliComponent.builder().environment(environment).build();
        ExitCodes exitCodes = component.exitCodes();
        CommandLine commandLine = new CommandLine(new PcmopsCli(component.options()), component.factory());
        TopCommands.addTo(commandLine, component.factory(), args);
        return commandLine.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(exitCodes).setExitCodeExceptionMapper(exitCodes)
                .setParameterExceptionHandler(exitCodes)
                .setExecutionStrategy(parseResult -> execute(component, commandLine, parseResult));
    }

    /** Runs a command line and returns its exit code. */
    public static int execute(CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
        return create(environment, out, err, args).execute(args);
    }

    private static int execute(CliComponent component, CommandLine commandLine, ParseResult parseResult) {
        CliContext context = component.context();
        commandLine.setColorScheme(Help.defaultColorScheme(context.colorOut() ? Help.Ansi.ON : Help.Ansi.OFF));
        if (context.options().verbose()) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        return new RunLast().execute(parseResult);
    }
}
