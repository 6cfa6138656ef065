package io.pcmops.aws;

import static io.pcmops.aws.RunSupport.aws;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.Pcmops;
import io.pcmops.ProviderException;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.ScopedSystemProperties;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialSource;
import io.pcmops.model.CredentialStatus;
import io.pcmops.model.Target;
import io.pcmops.model.TargetListing;
import io.pcmops.testkit.TestLibraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credential roots whose credentials the SDK finds itself (the default chain, a named profile), and the SDK's own
 * endpoint configuration ({@code aws.endpointUrl…} system properties, profile {@code endpoint_url}) used when the
 * provider has no {@code endpoint.*} setting. The SDK reads its environment through system properties and files named
 * by them, set here only for the duration of each test.
 */
class AwsProviderCredentialSourcesTest {

    private static final String CHAIN_KEY = "AKIAPCMOPSCHAINROOT1";
    private static final String PROFILE_KEY = "AKIAPCMOPSPROFILEKY1";
    private static final String SECRET = "sourcesecretkey000000000000000000000000000";
    private static final String MAIN_KEYS = "AWS_ACCESS_KEY_ID=" + AwsTestEnvironment.MANAGEMENT_KEY
            + "\nAWS_SECRET_ACCESS_KEY=" + AwsTestEnvironment.MANAGEMENT_SECRET;

    @TempDir
    static Path dir;

    @TempDir
    Path files;

    @AutoClose
    private static AwsTestEnvironment env;

    @BeforeAll
    static void start() {
        env = AwsTestEnvironment.builder(dir.resolve("setup")).members(1).regions(List.of("us-east-1")).perRegion(1)
                .govAccount(null).start();
    }

    @BeforeEach
    void clearCounts() {
        env.resetProxies();
    }

    @Test
    void validate_whenChainRootFindsKeysInTheSdkSystemProperties_listsTargetsThroughThem() {
        try (ScopedSystemProperties keys = ScopedSystemProperties.set(Map.of("aws.accessKeyId", CHAIN_KEY,
                "aws.secretAccessKey", SECRET)); Pcmops pcm = library("chain", env.settings())) {
            assertReachesEveryInstance(pcm, root("chain", CredentialSource.chain()), null, "AKIA…OOT1");
        }
    }

    @Test
    void validate_whenProfileRootNamesAProfileOfTheSharedFiles_listsTargetsThroughIt() throws IOException {
        try (ScopedSystemProperties profiles = sharedFiles("[profile ops]\nregion = us-east-1\n");
                Pcmops pcm = library("profile", env.settings())) {
            assertReachesEveryInstance(pcm, root("ops", CredentialSource.profile("ops")), null, "AKIA…EKY1");
        }
    }

    @Test
    void validate_whenProfileDoesNotExist_isInvalidAndListingNamesTheRoot() throws IOException {
        try (ScopedSystemProperties profiles = sharedFiles("[profile ops]\nregion = us-east-1\n");
                Pcmops pcm = library("ghost", env.settings())) {
            pcm.credentials().add(root("ghost", CredentialSource.profile("ghost")), null);

            CredentialStatus status = pcm.credentials().validate("ghost").join();

            assertThat(status.state()).isEqualTo(CredentialStatus.State.INVALID);
            assertThat(status.message()).contains("no credentials for profile 'ghost'");
            assertThatThrownBy(() -> pcm.targets().list(aws(), true).join())
                    .hasCauseInstanceOf(ProviderException.class)
                    .hasMessageContaining("credential root 'ghost'").hasMessageContaining("profile 'ghost'");
            assertThat(env.motoProxy().requestCount("sts", "GetCallerIdentity")).isZero();
        }
    }

    @Test
    void list_whenNoEndpointSettings_usesTheSdkEndpointSystemProperties() {
        try (ScopedSystemProperties endpoints = ScopedSystemProperties.set(Map.of(
                "aws.endpointUrl", env.motoProxy().endpoint().toString(),
                "aws.endpointUrlSsm", env.ssmProxy().endpoint().toString()));
                Pcmops pcm = library("endpoint-properties", withoutEndpoints())) {
            assertReachesEveryInstanceThroughTheProxies(pcm, root("main", CredentialSource.vault()), MAIN_KEYS,
                    "AKIA…ENT1");
        }
    }

    @Test
    void list_whenNoEndpointSettings_usesTheEndpointUrlsOfTheDefaultProfile() throws IOException {
        String config = "[default]\nendpoint_url = " + env.motoProxy().endpoint() + "\nservices = local\n\n"
                + "[services local]\nssm =\n  endpoint_url = " + env.ssmProxy().endpoint() + "\n";
        try (ScopedSystemProperties profiles = sharedFiles(config);
                Pcmops pcm = library("endpoint-profile", withoutEndpoints())) {
            assertReachesEveryInstanceThroughTheProxies(pcm, root("main", CredentialSource.vault()), MAIN_KEYS,
                    "AKIA…ENT1");
        }
    }

    @Test
    void list_whenTheRootsProfileNamesEndpointUrls_usesThemForThatRootsCalls() throws IOException {
        String config = "[profile ops]\nregion = us-east-1\nendpoint_url = " + env.motoProxy().endpoint()
                + "\nservices = local\n\n[services local]\nssm =\n  endpoint_url = " + env.ssmProxy().endpoint() + "\n";
        try (ScopedSystemProperties profiles = sharedFiles(config);
                Pcmops pcm = library("endpoint-root-profile", withoutEndpoints())) {
            assertReachesEveryInstanceThroughTheProxies(pcm, root("ops", CredentialSource.profile("ops")), null,
                    "AKIA…EKY1");
        }
    }

    /** Adds the root, validates it, discovers its accounts and lists every instance of the environment through it. */
    private static void assertReachesEveryInstance(Pcmops pcm, CredentialRoot root, String pasted, String maskedKey) {
        pcm.credentials().add(root, pasted);

        CredentialStatus status = pcm.credentials().validate(root.id()).join();
        pcm.accounts().discover(root.id()).join();
        TargetListing listing = pcm.targets().list(aws(), true).join();

        assertThat(status.state()).isEqualTo(CredentialStatus.State.VALID);
        assertThat(status.account()).isEqualTo(env.managementAccount());
        assertThat(status.maskedKey()).isEqualTo(maskedKey);
        assertThat(listing.errors()).isEmpty();
        assertThat(listing.warnings()).isEmpty();
        assertThat(listing.targets()).extracting(Target::targetId).containsExactlyInAnyOrderElementsOf(
                env.instances().stream().map(AwsTestEnvironment.Placed::id).toList());
    }

    /** As {@link #assertReachesEveryInstance}, with EC2 and SSM calls seen by the proxies (no endpoint setting). */
    private static void assertReachesEveryInstanceThroughTheProxies(Pcmops pcm, CredentialRoot root, String pasted,
                                                                    String maskedKey) {
        assertReachesEveryInstance(pcm, root, pasted, maskedKey);

        assertThat(env.motoProxy().requestCount("ec2", "DescribeInstances")).isPositive();
        assertThat(env.ssmProxy().requestCount("ssm", "DescribeInstanceInformation")).isPositive();
    }

    /** Writes a shared credentials file (profile {@code ops}) and this config file, and points the SDK at both. */
    private ScopedSystemProperties sharedFiles(String config) throws IOException {
        Path credentials = Files.writeString(files.resolve("credentials"), "[ops]\naws_access_key_id = "
                + PROFILE_KEY + "\naws_secret_access_key = " + SECRET + "\n");
        Path configFile = Files.writeString(files.resolve("config"), config);
        return ScopedSystemProperties.set(Map.of("aws.sharedCredentialsFile", credentials.toString(),
                "aws.configFile", configFile.toString()));
    }

    private static Pcmops library(String name, Map<String, String> settings) {
        return TestLibraries.builder(dir.resolve(name), new AwsProvider()).providerDefaults("aws", settings).build();
    }

    private static Map<String, String> withoutEndpoints() {
        Map<String, String> settings = new HashMap<>(env.settings());
        settings.keySet().removeIf(key -> key.startsWith("endpoint."));
        return settings;
    }

    private static CredentialRoot root(String id, CredentialSource source) {
        return new CredentialRoot(id, "aws", "aws", source, null, null, null, null, null, null);
    }
}
