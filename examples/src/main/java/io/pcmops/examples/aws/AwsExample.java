package io.pcmops.examples.aws;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.PcmopsBuilder;
import io.pcmops.PcmopsException;
import io.pcmops.model.Account;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialSource;
import io.pcmops.model.OrganizationalUnit;
import io.pcmops.model.Run;
import io.pcmops.model.RunRequest;
import io.pcmops.model.RunStatus;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Uses PCM-Ops on AWS the way an embedder would: builds the library on a data directory, adds a credential root
 * (pasted keys or the SDK's default chain), discovers the organization's accounts, lists the fleet, runs a shell
 * command with limits on a selector, waits for it and prints the outcome grouped by output.
 *
 * <p>Arguments and how to point it at a real account: examples/README.md. Exit code: 0 the run succeeded (or nothing
 * was run), 1 some target did not succeed, 2 bad arguments, 4 AWS or the credentials failed.
 */
public final class AwsExample {

    private final AwsExampleOptions options;
    private final InputStream stdin;
    private final PrintStream out;

    private AwsExample(AwsExampleOptions options, InputStream stdin, PrintStream out) {
        this.options = options;
        this.stdin = stdin;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.in, System.out, System.err));
    }

    /** Runs the example and returns its exit code; errors are one line on {@code err}. */
    public static int execute(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        try {
            return new AwsExample(AwsExampleOptions.parse(args), stdin, out).run();
        } catch (IllegalArgumentException | InvalidRequestException e) {
            err.println("aws-example: " + e.getMessage());
            return 2;
        } catch (CompletionException | PcmopsException | UncheckedIOException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            err.println("aws-example: " + cause.getMessage());
            return cause instanceof InvalidRequestException ? 2 : 4;
        }
    }

    private int run() {
        try (Pcmops pcm = library().build()) {
            String root = credentialRoot(pcm);
            discover(pcm, root);
            FleetReport.print(pcm.targets().list(options.fleet(), true).join(), out);
            if (options.command() == null) {
                out.println("No --command given: nothing was run.");
                return 0;
            }
            Run started = pcm.runs().start(RunRequest.onSelector(options.runOn(),
                    ScriptChoice.inline(ScriptLanguage.SHELL, options.command())).withOptions(options.limits())).join();
            out.println("Started " + started.id() + " on " + Counts.of(started.targetCount(), "target")
                    + " (max concurrency " + options.limits().maxConcurrency() + ", max errors "
                    + options.limits().maxErrors() + ")");
            Run done = pcm.runs().completion(started.id()).join();
            OutcomeReport.print(pcm, done, out);
            return done.status() == RunStatus.SUCCEEDED ? 0 : 1;
        }
    }

    private PcmopsBuilder library() {
        PcmopsBuilder builder = Pcmops.builder().actor("aws-example").providerDefaults("aws", options.settings());
        return options.dataDirectory() == null ? builder : builder.dataDirectory(options.dataDirectory());
    }

    /** Adds the credential root unless the data directory has it already; returns its id. */
    private String credentialRoot(Pcmops pcm) {
        if (pcm.credentials().list().stream().anyMatch(r -> r.id().equals(options.rootId()))) {
            out.println("Credential root " + options.rootId() + " is already in the data directory.");
            return options.rootId();
        }
        String pasted = options.source().kind() == CredentialSource.Kind.VAULT ? pastedKeys() : null;
        CredentialRoot root = pcm.credentials().add(new CredentialRoot(options.rootId(), "aws", options.partition(),
                options.source(), options.roleName(), null, null, null, null, null), pasted);
        out.println("Added credential root " + root.id() + " (" + root.partition() + ", " + root.source()
                + (root.maskedKey() == null ? "" : ", key " + root.maskedKey()) + ")");
        return root.id();
    }

    private String pastedKeys() {
        try {
            return options.keysFile() == null ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(options.keysFile());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such keys file: " + options.keysFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the keys" + (options.keysFile() == null ? ""
                    : " in " + options.keysFile()) + ": " + e.getMessage());
        }
    }

    /** Registers the organization's accounts; a root that is not in an organization only reaches its own. */
    private void discover(Pcmops pcm, String root) {
        List<Account> accounts;
        try {
            accounts = pcm.accounts().discover(root).join();
        } catch (CompletionException e) {
            out.println("No accounts discovered (" + e.getCause().getMessage() + "); listing the root's own account.");
            return;
        }
        out.println("Discovered " + Counts.of(accounts.size(), "account") + ":");
        accounts.forEach(a -> out.printf("  %s  %-20s %s%n", a.accountId(), a.name(),
                a.organizationPath().stream().map(OrganizationalUnit::name).collect(Collectors.joining("/"))));
    }
}
