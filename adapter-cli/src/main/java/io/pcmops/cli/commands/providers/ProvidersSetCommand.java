package io.pcmops.cli.commands.providers;

import io.pcmops.Pcmops;
import io.pcmops.cli.Access;
import io.pcmops.cli.CliCommand;
import io.pcmops.cli.CliContext;
import io.pcmops.cli.ExitCodes;
import io.pcmops.cli.ProviderChoice;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops providers set ID KEY=VALUE...}. */
@Command(name = "set", description = "Sets provider settings, e.g. enabled=false.")
public final class ProvidersSetCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROVIDER", description = "Provider id.")
    private String provider;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY=VALUE", description = "Settings.")
    private Map<String, String> settings = new LinkedHashMap<>();

    @Inject
    public ProvidersSetCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            ProviderChoice.require(pcm, provider);
            pcm.settings().putAll(provider, settings);
            ProviderSettingsView.print(printer(), pcm, provider);
            return ExitCodes.OK;
        }
    }
}
