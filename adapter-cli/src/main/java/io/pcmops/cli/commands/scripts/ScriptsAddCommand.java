package io.pcmops.cli.commands.scripts;

import io.pcmops.Pcmops;
import io.pcmops.cli.options.Languages;
import io.pcmops.cli.options.ParameterSpecConverter;
import io.pcmops.cli.options.ScriptOptions;
import io.pcmops.cli.render.TerminalText;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.ParameterSpec;
import io.pcmops.model.Script;
import io.pcmops.model.ScriptDefinition;
import io.pcmops.model.ScriptLanguage;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pcmops scripts add NAME --file F}. */
@Command(name = "add", description = "Saves a script; saving changed content creates the next version.")
public final class ScriptsAddCommand extends CliCommand {

    @Parameters(paramLabel = "NAME", description = "Script name.")
    private String name;

    @Option(names = "--file", paramLabel = "F", required = true, description = "The script file.")
    private Path file;

    @Option(names = "--language", paramLabel = "LANG",
            description = "shell, powershell or python (default: from the file extension, else shell).")
    private String language;

    @Option(names = "--param", paramLabel = "NAME:TYPE[:DEFAULT]", converter = ParameterSpecConverter.class,
            description = "A typed parameter (repeatable); TYPE is string, integer, boolean or enum(a|b).")
    private List<ParameterSpec> parameters;

    @Option(names = "--description", paramLabel = "TEXT", description = "What the script does.")
    private String description;

    @Inject
    public ScriptsAddCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        ScriptLanguage lang = language != null ? ScriptLanguage.parse(language) : Languages.fromFileName(file);
        ScriptDefinition definition = new ScriptDefinition(name, description, lang, ScriptOptions.read(file),
                parameters);
        try (Pcmops pcm = open(Access.READ)) {
            Script saved = pcm.scripts().save(definition);
            printer().print(saved, ScriptTables.scripts(List.of(saved)), text -> text.println(
                    TerminalText.clean("saved script " + saved.name() + " version " + saved.version() + " (sha256 "
                            + saved.hash() + ")")));
            return ExitCodes.OK;
        }
    }
}
