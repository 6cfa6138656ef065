package io.pcmops.cli.commands.providers;

import io.pcmops.cli.support.GroupCommand;
import javax.inject.Inject;
import picocli.CommandLine.Command;

/** {@code pcmops providers}. */
@Command(name = "providers", description = "Registered providers and their settings (shared with the server).",
        subcommands = {ProvidersListCommand.class, ProvidersSettingsCommand.class, ProvidersSetCommand.class,
                ProvidersUnsetCommand.class})
public final class ProvidersCommand extends GroupCommand {

    @Inject
    public ProvidersCommand() {
    }
}
