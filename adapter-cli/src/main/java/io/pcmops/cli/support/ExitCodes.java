package io.pcmops.cli.support;

import io.pcmops.AuthenticationException;
import io.pcmops.ConflictException;
import io.pcmops.ForbiddenException;
import io.pcmops.InvalidRequestException;
import io.pcmops.NotFoundException;
import io.pcmops.PcmopsException;
import io.pcmops.ProviderException;
import io.pcmops.StoreUnavailableException;
import io.pcmops.VaultException;
import io.pcmops.cli.options.GlobalOptions;
import io.pcmops.cli.render.Style;
import java.io.PrintWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.inject.Inject;
import javax.inject.Singleton;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The exit codes, and how errors reach the user: one line on standard error naming what was wrong, with the stack
 * trace only under {@code -v}.
 */
@Singleton
public final class ExitCodes implements IExitCodeExceptionMapper, IExecutionExceptionHandler,
        IParameterExceptionHandler {

    /** Every target succeeded (or the command did what it was asked). */
    public static final int OK = 0;
    /** Some target failed, timed out or was not executed; or an unexpected error. */
    public static final int FAILURES = 1;
    /** Bad usage or input. */
    public static final int USAGE = 2;
    /** Cancelled or interrupted. */
    public static final int CANCELLED = 3;
    /** A provider or credential error. */
    public static final int PROVIDER = 4;
    /** The store cannot be written (disk full, read-only, failing); runs resume once it can. */
    public static final int STORE = 5;

    private final GlobalOptions options;
    private final CliContext context;

    @Inject
    public ExitCodes(GlobalOptions options, CliContext context) {
        this.options = options;
        this.context = context;
    }

    @Override
    public int getExitCode(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof CliFailure failure) {
            return failure.exitCode();
        }
        if (cause instanceof StoreUnavailableException) {
            return STORE;
        }
        if (cause instanceof ProviderException || cause instanceof VaultException) {
            return PROVIDER;
        }
        boolean usage = cause instanceof InvalidRequestException || cause instanceof NotFoundException
                || cause instanceof ConflictException || cause instanceof ForbiddenException
                || cause instanceof AuthenticationException || cause instanceof ParameterException;
        return usage ? USAGE : FAILURES;
    }

    @Override
    public int handleExecutionException(Exception error, CommandLine command, ParseResult parseResult) {
        Throwable cause = unwrap(error);
        report(command, describe(cause), cause);
        return getExitCode(cause);
    }

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        report(command, error.getMessage() + " (see '" + command.getCommandSpec().qualifiedName() + " --help')",
                error);
        return USAGE;
    }

    private void report(CommandLine command, String message, Throwable cause) {
        PrintWriter err = command.getErr();
        Style style = Style.of(context.colorErr());
        err.println(style.red(command.getCommandSpec().qualifiedName() + ": " + message));
        if (options.verbose()) {
            cause.printStackTrace(err);
        }
        err.flush();
    }

    private static String describe(Throwable cause) {
        if (cause instanceof PcmopsException || cause instanceof CliFailure || cause instanceof ParameterException) {
            return cause.getMessage();
        }
        return "unexpected error: " + cause + " (run again with -v for details)";
    }

    static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof CommandLine.ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
