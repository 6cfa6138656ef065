package io.pcmops.cli.commands.credentials;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.cli.options.RoleOptions;
import io.pcmops.cli.render.TerminalText;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.cli.support.Prompter;
import io.pcmops.cli.support.ProviderChoice;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialSource;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pcmops credentials add}: pasted secrets come from standard input or a no-echo prompt, never argv. */
@Command(name = "add", description = {"Adds a credential root for a partition.",
        "--stdin reads pasted keys: without echo from a terminal (end with an empty line), else all of standard "
                + "input. Secrets are never taken from the command line."})
public final class CredentialsAddCommand extends CliCommand {

    @Option(names = "--partition", paramLabel = "P", required = true, description = "e.g. aws or aws-us-gov.")
    private String partition;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Mixin
    private RoleOptions roles;

    @Option(names = "--id", paramLabel = "ROOT", description = "Root id (default: the partition).")
    private String id;

    @Option(names = "--provider", paramLabel = "ID", defaultValue = "aws", description = "Provider (default: aws).")
    private String provider;

    static final class Source {
        @Option(names = "--chain", required = true, description = "The SDK's default credential chain.")
        boolean chain;

        @Option(names = "--profile", paramLabel = "NAME", required = true, description = "A named profile.")
        String profile;

        @Option(names = "--stdin", required = true, description = "Pasted keys, kept encrypted in the vault.")
        boolean pasted;
    }

    private final Prompter prompter;

    @Inject
    public CredentialsAddCommand(CliContext context, Prompter prompter) {
        super(context);
        this.prompter = prompter;
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            ProviderChoice.require(pcm, provider);
            String secret = source.pasted ? readSecret() : null;
            CredentialRoot stored = pcm.credentials().add(new CredentialRoot(rootId(), provider, partition,
                    credentialSource(), roles.role(), roles.externalId(), roles.sessionDuration(), null, null, null),
                    secret);
            printer().print(stored, CredentialTables.roots(List.of(stored)), text -> text.println(TerminalText.clean(
                    "added credential root " + stored.id() + " (" + stored.source()
                            + (stored.maskedKey() == null ? "" : ", key " + stored.maskedKey()) + ")")));
            return ExitCodes.OK;
        }
    }

    private String readSecret() {
        String text = prompter.readSecret(err(), "Paste the credentials (e.g. access key id and secret access key), "
                + "then an empty line:");
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("no credentials were pasted on standard input");
        }
        return text;
    }

    private CredentialSource credentialSource() {
        if (source.chain) {
            return CredentialSource.chain();
        }
        return source.profile != null ? CredentialSource.profile(source.profile) : CredentialSource.vault();
    }

    private String rootId() {
        return id != null ? id : partition.toLowerCase(Locale.ROOT);
    }
}
