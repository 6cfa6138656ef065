package io.pcmops.cli.commands.providers;

import io.pcmops.Pcmops;
import io.pcmops.cli.render.Printer;
import io.pcmops.cli.render.Table;
import java.util.Map;

/** Prints a provider's settings. */
final class ProviderSettingsView {

    private ProviderSettingsView() {
    }

    static void print(Printer printer, Pcmops pcm, String providerId) {
        Map<String, String> settings = pcm.settings().get(providerId);
        Table table = Table.of("PROVIDER", "KEY", "VALUE");
        settings.forEach((key, value) -> table.row(providerId, key, value));
        printer.print(settings, table);
    }
}
