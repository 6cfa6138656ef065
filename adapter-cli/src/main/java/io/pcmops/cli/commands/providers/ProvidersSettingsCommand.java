package io.pcmops.cli.commands.providers;

import io.pcmops.Pcmops;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.cli.support.ProviderChoice;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops providers settings ID}. */
@Command(name = "settings", description = "Shows a provider's settings, defaults included.")
public final class ProvidersSettingsCommand extends CliCommand {

    @Parameters(paramLabel = "PROVIDER", description = "Provider id.")
    private String provider;

    @Inject
    public ProvidersSettingsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            ProviderChoice.require(pcm, provider);
            ProviderSettingsView.print(printer(), pcm, provider);
            return ExitCodes.OK;
        }
    }
}
