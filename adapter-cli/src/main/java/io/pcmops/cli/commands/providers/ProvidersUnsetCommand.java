package io.pcmops.cli.commands.providers;

import io.pcmops.Pcmops;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.cli.support.ProviderChoice;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops providers unset ID KEY...}. */
@Command(name = "unset", description = "Removes provider settings, falling back to their defaults.")
public final class ProvidersUnsetCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROVIDER", description = "Provider id.")
    private String provider;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY", description = "Setting names.")
    private List<String> keys;

    @Inject
    public ProvidersUnsetCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            ProviderChoice.require(pcm, provider);
            keys.forEach(key -> pcm.settings().remove(provider, key));
            ProviderSettingsView.print(printer(), pcm, provider);
            return ExitCodes.OK;
        }
    }
}
