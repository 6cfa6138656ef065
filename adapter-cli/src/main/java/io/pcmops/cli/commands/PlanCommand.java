package io.pcmops.cli.commands;

import io.pcmops.Pcmops;
import io.pcmops.cli.options.SelectorOptions;
import io.pcmops.cli.render.PlanView;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.cli.support.ProviderChoice;
import io.pcmops.model.Plan;
import io.pcmops.model.Selector;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pcmops plan}: the blast radius of a selector, stored as a plan. */
@Command(name = "plan", description = "Previews the blast radius of a selector: counts by partition, account, "
        + "region, platform and reachability.")
public final class PlanCommand extends CliCommand {

    @Mixin
    private SelectorOptions selector;

    @Inject
    public PlanCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            Selector chosen = ProviderChoice.bind(pcm, selector.resolve(pcm, this::note).selector());
            Plan plan = pcm.plans().create(chosen).join();
            printer().print(plan, PlanView.table(plan), text -> PlanView.print(plan, text, printer().style()));
            return ExitCodes.OK;
        }
    }
}
