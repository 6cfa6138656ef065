package io.pcmops.cli.support;

import io.pcmops.Pcmops;
import io.pcmops.cli.options.OutputFormat;
import io.pcmops.cli.render.Printer;
import io.pcmops.cli.render.Style;
import io.pcmops.cli.render.TerminalText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every command that does something: it prints only through picocli's writers, and opens the library
 * when it runs (never at parse time, so {@code --help} costs nothing).
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public abstract class CliCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    protected CliCommand(CliContext context) {
        this.context = context;
    }

    protected CliContext context() {
        return context;
    }

    protected CommandSpec spec() {
        return spec;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected Printer printer() {
        return new Printer(out(), context.options().output(), Style.of(context.colorOut()));
    }

    /** Returns the style for standard error. */
    protected Style errStyle() {
        return Style.of(context.colorErr());
    }

    protected OutputFormat format() {
        return context.options().output();
    }

    protected Pcmops open(Access access) {
        return context.library().open(access);
    }

    /** Prints a remark for people on standard error, unless {@code -q}. */
    protected void note(String text) {
        if (!context.options().quiet()) {
            err().println(TerminalText.clean(text));
            err().flush();
        }
    }
}
