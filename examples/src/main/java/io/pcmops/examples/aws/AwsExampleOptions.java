package io.pcmops.examples.aws;

import io.pcmops.model.CredentialSource;
import io.pcmops.model.Durations;
import io.pcmops.model.RunOptions;
import io.pcmops.model.Selector;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the {@link AwsExample} is asked to do (see examples/README.md for the arguments).
 *
 * @param dataDirectory where the library keeps its store, or {@code null} for the default
 * @param partition     {@code aws}, {@code aws-us-gov} or {@code aws-cn}
 * @param rootId        the credential root to use (added when missing)
 * @param source        how that root gets its credentials: pasted keys ({@code vault}), a profile, or the chain
 * @param keysFile      the file holding the pasted keys, or {@code null} to read them from standard input
 * @param roleName      the role to assume in member accounts, or {@code null} for the provider default
 * @param settings      aws provider settings (endpoints, regions, polling…)
 * @param fleet         the targets to list
 * @param runOn         the targets to run on: the fleet narrowed by OU and tags
 * @param command       the shell command to run, or {@code null} to only list
 * @param limits        concurrency, error budget and timeouts of the run
 */
public record AwsExampleOptions(Path dataDirectory, String partition, String rootId, CredentialSource source,
                                Path keysFile, String roleName, Map<String, String> settings, Selector fleet,
                                Selector runOn, String command, RunOptions limits) {

    private static final Set<String> OPTIONS = Set.of("--data-dir", "--partition", "--root", "--keys-file",
            "--profile", "--role", "--endpoint", "--setting", "--accounts", "--regions", "--ou", "--tag", "--command",
            "--max-concurrency", "--max-errors", "--execution-timeout");
    private static final Set<String> FLAGS = Set.of("--keys-stdin");
    private static final List<String> SERVICES = List.of("ec2", "ssm", "sts", "organizations", "s3");

    /**
     * Reads the arguments.
     *
     * @throws IllegalArgumentException for an unknown argument or a bad value
     */
    public static AwsExampleOptions parse(String... args) {
        Arguments a = Arguments.parse(args, OPTIONS, FLAGS);
        String partition = a.one("--partition", "aws");
        Selector fleet = Selector.builder().provider("aws").partition(partition)
                .accounts(a.list("--accounts"))
                .regions(a.list("--regions")).build();
        Selector runOn = Selector.builder().provider("aws").partition(partition).accounts(fleet.accounts())
                .regions(fleet.regions()).ou(a.one("--ou", null)).tags(a.pairs("--tag")).build();
        RunOptions limits = RunOptions.defaults().withMaxConcurrency(a.one("--max-concurrency", "10%"))
                .withMaxErrors(a.one("--max-errors", "0"))
                .withExecutionTimeout(Durations.parse(a.one("--execution-timeout", "10m")));
        String keysFile = a.one("--keys-file", null);
        return new AwsExampleOptions(path(a.one("--data-dir", null)), partition, a.one("--root", partition),
                source(a), keysFile == null ? null : Path.of(keysFile), a.one("--role", null), settings(a), fleet,
                runOn, a.one("--command", null), limits);
    }

    private static CredentialSource source(Arguments a) {
        String profile = a.one("--profile", null);
        boolean pasted = a.flag("--keys-stdin") || a.one("--keys-file", null) != null;
        if (pasted && profile != null) {
            throw new IllegalArgumentException("give pasted keys (--keys-file, --keys-stdin) or --profile, not both");
        }
        return pasted ? CredentialSource.vault()
                : profile != null ? CredentialSource.profile(profile) : CredentialSource.chain();
    }

    private static Map<String, String> settings(Arguments a) {
        Map<String, String> settings = new LinkedHashMap<>();
        String endpoint = a.one("--endpoint", null);
        if (endpoint != null) {
            SERVICES.forEach(service -> settings.put("endpoint." + service, endpoint));
        }
        settings.putAll(a.pairs("--setting"));
        return settings;
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value);
    }
}
