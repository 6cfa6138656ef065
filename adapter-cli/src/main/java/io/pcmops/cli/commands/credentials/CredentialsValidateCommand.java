package io.pcmops.cli.commands.credentials;

import io.pcmops.Pcmops;
import io.pcmops.cli.render.Table;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialStatus;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops credentials validate [ID...]}. */
@Command(name = "validate", description = {"Checks credential roots against their partitions (all when none is "
        + "named).", "Exit code: 0 all valid, 4 some invalid or expired."})
public final class CredentialsValidateCommand extends CliCommand {

    @Parameters(paramLabel = "ROOT", arity = "0..*", description = "Root ids.")
    private List<String> rootIds;

    @Inject
    public CredentialsValidateCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            List<String> ids = rootIds != null ? rootIds
                    : pcm.credentials().list().stream().map(CredentialRoot::id).toList();
            List<CompletableFuture<CredentialStatus>> checks = ids.stream().map(pcm.credentials()::validate).toList();
            List<CredentialStatus> statuses = checks.stream().map(CompletableFuture::join).toList();
            printer().print(statuses, table(statuses));
            boolean usable = statuses.stream().allMatch(s -> s.state() == CredentialStatus.State.VALID
                    || s.state() == CredentialStatus.State.EXPIRING_SOON);
            return usable ? ExitCodes.OK : ExitCodes.PROVIDER;
        }
    }

    private static Table table(List<CredentialStatus> statuses) {
        Table table = Table.of("ROOT", "STATE", "ACCOUNT", "ARN", "EXPIRES", "KEY", "MESSAGE");
        for (CredentialStatus s : statuses) {
            table.row(s.rootId(), s.state(), s.account(), s.arn(), s.expiresAt(), s.maskedKey(), s.message());
        }
        return table;
    }
}
