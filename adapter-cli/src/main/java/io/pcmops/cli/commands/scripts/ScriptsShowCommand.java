package io.pcmops.cli.commands.scripts;

import io.pcmops.Pcmops;
import io.pcmops.cli.options.ScriptRef;
import io.pcmops.cli.render.TerminalText;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.Script;
import java.io.PrintWriter;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops scripts show NAME[@VERSION]}. */
@Command(name = "show", description = "Shows a saved script: its parameters and body.")
public final class ScriptsShowCommand extends CliCommand {

    @Parameters(paramLabel = "NAME[@VERSION]", description = "Script, latest version unless @VERSION is given.")
    private String script;

    @Inject
    public ScriptsShowCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        ScriptRef ref = ScriptRef.parse(script);
        try (Pcmops pcm = open(Access.READ)) {
            Script found = ref.version() == null ? pcm.scripts().get(ref.name())
                    : pcm.scripts().get(ref.name(), ref.version());
            printer().print(found, ScriptTables.scripts(List.of(found)), text -> print(found, text));
            return ExitCodes.OK;
        }
    }

    private void print(Script s, PrintWriter out) {
        out.println(printer().style().bold(s.name() + "@" + s.version()) + "  " + s.language().id() + "  sha256 "
                + s.hash());
        out.println(TerminalText.clean("saved " + s.createdAt() + " by " + s.createdBy()));
        if (!s.description().isEmpty()) {
            out.println(TerminalText.clean(s.description()));
        }
        if (!s.parameters().isEmpty()) {
            out.println(TerminalText.clean("parameters: " + ScriptTables.parameters(s.parameters())));
        }
        out.println();
        String body = TerminalText.clean(s.body());
        out.print(body.endsWith("\n") ? body : body + "\n");
    }
}
