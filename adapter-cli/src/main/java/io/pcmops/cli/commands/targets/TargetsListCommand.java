package io.pcmops.cli.commands.targets;

import io.pcmops.Pcmops;
import io.pcmops.cli.options.SelectorOptions;
import io.pcmops.cli.render.Table;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.cli.support.ProviderChoice;
import io.pcmops.model.ScopeError;
import io.pcmops.model.Target;
import io.pcmops.model.TargetListing;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pcmops targets list}. */
@Command(name = "list", description = "Lists the targets a selector names, with their reachability. Parts of the "
        + "fleet that could not be listed are reported on standard error.")
public final class TargetsListCommand extends CliCommand {

    @Mixin
    private SelectorOptions selector;

    @Option(names = "--refresh", description = "Bypass the provider's inventory cache.")
    private boolean refresh;

    @Inject
    public TargetsListCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            TargetListing listing = pcm.targets()
                    .list(ProviderChoice.bind(pcm, selector.resolve(pcm, this::note).selector()), refresh).join();
            for (ScopeError error : listing.errors()) {
                err().println(errStyle().yellow("not listed: " + error.describe()));
            }
            listing.warnings().forEach(warning -> note("warning: " + warning));
            printer().print(listing, table(listing));
            return ExitCodes.OK;
        }
    }

    private static Table table(TargetListing listing) {
        Table table = Table.of("PROVIDER", "PARTITION", "ACCOUNT", "REGION", "TARGET ID", "NAME", "PLATFORM", "STATE",
                "REACHABILITY", "AGENT");
        for (Target t : listing.targets()) {
            table.row(t.provider(), t.partition(), t.account(), t.region(), t.targetId(), t.name(), t.platform().id(),
                    t.state().id(), t.reachability().status(), t.reachability().agentVersion());
        }
        return table;
    }
}
