package io.pcmops.aws;

import static io.pcmops.aws.RunSupport.FAST;
import static io.pcmops.aws.RunSupport.aws;
import static io.pcmops.aws.RunSupport.invocations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.aws.internal.EndpointOverrides;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.ScopedSystemProperties;
import io.pcmops.aws.testkit.SimulatedInstance.PingStatus;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialSource;
import io.pcmops.model.CredentialStatus;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Plan;
import io.pcmops.model.Run;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import io.pcmops.model.TargetListing;
import io.pcmops.spi.Failures;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What SSM, the endpoint rules and the credential checks refuse, and how the provider says so. */
class AwsProviderRefusalsTest {

    @TempDir
    static Path dir;

    @AutoClose
    private static AwsTestEnvironment env;
    private static Pcmops pcm;
    private static List<String> ids;

    @BeforeAll
    static void start() {
        env = AwsTestEnvironment.oneAccount(dir.resolve("data")).start();
        pcm = env.pcm();
        ids = env.instancesOf(env.members().get(0));
    }

    @BeforeEach
    void clearFaults() {
        env.resetProxies();
    }

    @Test
    void run_whenSsmRefusesInstancesWithoutNamingThem_sendsToTheOnlineRestAndMarksTheOthersUndeliverable()
            throws Exception {
        Plan plan = pcm.plans().create(Selector.builder().provider("aws").ids(ids).build()).join();
        env.simulator().update(ids.get(0), b -> b.managed(false));
        env.simulator().update(ids.get(1), b -> b.pingStatus(PingStatus.CONNECTION_LOST));
        env.simulator().namesInvalidInstances(false);
        long sends = env.simulator().callCount("SendCommand");
        try {
            Run done = RunSupport.finish(pcm, pcm.runs().start(RunRequest.onPlan(plan.id(),
                    ScriptChoice.inline(ScriptLanguage.SHELL, "true")).withOptions(FAST)).join());

            Map<String, Invocation> byId = invocations(pcm, done.id());
            assertThat(byId.get(ids.get(0)).state()).isEqualTo(InvocationState.UNDELIVERABLE);
            assertThat(byId.get(ids.get(0)).reason()).contains("InvalidInstanceId", "lists no SSM agent");
            assertThat(byId.get(ids.get(1)).state()).isEqualTo(InvocationState.UNDELIVERABLE);
            assertThat(byId.get(ids.get(1)).reason()).contains("InvalidInstanceId", "agent is ConnectionLost");
            assertThat(byId.get(ids.get(2)).state()).isEqualTo(InvocationState.SUCCESS);
            assertThat(env.simulator().callCount("SendCommand") - sends).isEqualTo(2);
            assertThat(env.simulator().commands().getLast().instanceIds()).containsExactly(ids.get(2));
        } finally {
            env.simulator().namesInvalidInstances(true);
            ids.forEach(id -> env.simulator().update(id, b -> b.managed(true).pingStatus(PingStatus.ONLINE)));
        }
    }

    @Test
    void run_whenSsmRefusesUnnamedInstancesThoughAllAreOnline_refusesTheUnitOnceWithoutLooping() throws Exception {
        Plan plan = pcm.plans().create(Selector.builder().provider("aws").ids(ids).build()).join();
        env.ssmProxy().reset();
        env.ssmProxy().failWithoutMessage("SendCommand", "InvalidInstanceId");

        Run done = RunSupport.finish(pcm, pcm.runs().start(RunRequest.onPlan(plan.id(),
                ScriptChoice.inline(ScriptLanguage.SHELL, "true")).withOptions(FAST)).join());

        assertThat(invocations(pcm, done.id()).values()).hasSize(3).allSatisfy(i -> {
            assertThat(i.state()).isEqualTo(InvocationState.NOT_EXECUTED);
            assertThat(i.reason()).contains("SSM SendCommand failed: InvalidInstanceId (HTTP 400",
                    "SSM lists every agent of the unit online");
        });
        assertThat(env.ssmProxy().requestCount("ssm", "SendCommand")).isEqualTo(1);
        assertThat(env.ssmProxy().requestCount("ssm", "DescribeInstanceInformation")).isEqualTo(1);
    }

    @Test
    void list_whenAnAwsErrorHasNoCodeNorMessage_theWarningNamesCallStatusAndRequestId() {
        env.ssmProxy().failWithoutMessage("DescribeInstanceInformation", 403);

        TargetListing listing = pcm.targets().list(aws(), true).join();

        assertThat(listing.targets()).hasSize(3);
        assertThat(listing.warnings()).singleElement().asString()
                .contains("SSM DescribeInstanceInformation failed: no error code or message (HTTP 403, request id ")
                .doesNotContain("null");
    }

    @Test
    void addRoot_whenPartitionUnknown_isRefusedAndNothingIsStored() {
        CredentialRoot bad = new CredentialRoot("bad", "aws", "nope!", CredentialSource.chain(), null, null, null,
                null, null, null);

        assertThatThrownBy(() -> pcm.credentials().add(bad, null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("unknown AWS partition 'nope!'");
        assertThat(pcm.credentials().list()).extracting(CredentialRoot::id).doesNotContain("bad");
    }

    @Test
    void list_whenARootWasStoredWithAnUnknownPartitionBefore_namesItAndListsTheRest() throws Exception {
        Path data = dir.resolve("legacy");
        try (Pcmops library = env.openLibrary(data, b -> b, true)) {
            storeRootUnchecked(data, "legacy", "nope!");

            TargetListing listing = library.targets().list(aws(), true).join();

            assertThat(listing.targets()).hasSize(3);
            assertThat(listing.errors()).singleElement().satisfies(e -> assertThat(e.message())
                    .contains("credential root 'legacy'", "unknown AWS partition 'nope!'"));
        }
    }

    @Test
    void list_whenEndpointOverridesLeaveAwsWithoutTheOperatorsSwitch_sendsNothingAndSaysWhy() {
        Map<String, String> settings = env.settings();
        try (ScopedSystemProperties off = ScopedSystemProperties.set(Map.of(EndpointOverrides.ALLOW_PROPERTY,
                "false")); Pcmops library = TestLibraries.builder(dir.resolve("endpoints"), new AwsProvider())
                .providerDefaults("aws", settings).build()) {
            library.credentials().add(new CredentialRoot("main", "aws", "aws", CredentialSource.vault(), null, null,
                    null, null, null, null), "AWS_ACCESS_KEY_ID=" + AwsTestEnvironment.MANAGEMENT_KEY
                    + "\nAWS_SECRET_ACCESS_KEY=" + AwsTestEnvironment.MANAGEMENT_SECRET);

            CredentialStatus status = library.credentials().validate("main").join();

            assertThat(status.state()).isEqualTo(CredentialStatus.State.INVALID);
            assertThat(status.message()).contains("must be an https endpoint in an AWS domain",
                    EndpointOverrides.ALLOW_ENV);
            assertThatThrownBy(() -> library.targets().list(aws(), true).join()).satisfies(e ->
                    assertThat(Failures.unwrap(e).getMessage()).contains("must be an https endpoint"));
            assertThat(env.motoProxy().requestCounts()).isEmpty();
            assertThat(env.ssmProxy().requestCounts()).isEmpty();
        }
    }

    /** Writes a credential root straight into the store, as a version without the partition check could have. */
    private static void storeRootUnchecked(Path data, String id, String partition) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("pcmops.db"));
                PreparedStatement insert = c.prepareStatement("INSERT INTO credential_roots (id, provider, partition,"
                        + " source, created_at, created_by) VALUES (?, 'aws', ?, 'chain', ?, 'an-older-version')")) {
            insert.setString(1, id);
            insert.setString(2, partition);
            insert.setLong(3, System.currentTimeMillis());
            insert.executeUpdate();
        }
    }
}
