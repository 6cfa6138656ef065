package io.pcmops.aws;

import static io.pcmops.aws.RunSupport.FAST;
import static io.pcmops.aws.RunSupport.aws;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.MotoFleet;
import io.pcmops.aws.testkit.MotoServer;
import io.pcmops.aws.testkit.ReceivedCommand;
import io.pcmops.aws.testkit.SdkTestClients;
import io.pcmops.model.Account;
import io.pcmops.model.CredentialStatus;
import io.pcmops.model.Run;
import io.pcmops.model.RunStatus;
import io.pcmops.model.Selector;
import io.pcmops.model.Target;
import io.pcmops.model.TargetListing;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * Regions and partitions with no {@code regions} setting: each account's regions come from EC2 DescribeRegions (moto
 * answers every region of every partition), narrowed to the partition of the root that reaches it. Roots:
 * {@code main} ({@code aws}), {@code gov} ({@code aws-us-gov}) and {@code cn} ({@code aws-cn}, whose account also has
 * an instance in us-east-1 that only a commercial root could reach).
 */
class AwsProviderPartitionsTest {

    private static final String CHINA_ACCOUNT = "310987654321";
    private static final String MISFILED_ACCOUNT = "444455556666";

    @TempDir
    static Path dir;

    @AutoClose
    private static AwsTestEnvironment env;
    private static Pcmops pcm;
    private static String strayInstance;

    @BeforeAll
    static void start() {
        env = AwsTestEnvironment.builder(dir.resolve("data")).members(2).regions(List.of("us-east-1", "eu-west-1"))
                .perRegion(1).chinaAccount(CHINA_ACCOUNT).regionsSetting(false).start();
        pcm = env.pcm();
        try (SdkAsyncHttpClient http = SdkTestClients.netty()) {
            MotoFleet fleet = new MotoFleet(MotoServer.endpoint(), http, AwsTestEnvironment.MANAGEMENT_KEY);
            strayInstance = fleet.launch(fleet.assumeRole("aws", CHINA_ACCOUNT, "Setup"), "us-east-1", 1, "stray",
                    Map.of()).get(0);
        }
    }

    @BeforeEach
    void clearCounts() {
        env.resetProxies();
    }

    @Test
    void list_whenNoRegionsSetting_describesEachAccountsRegionsOnceAndFindsEveryInstance() {
        try (Pcmops fresh = env.openLibrary(dir.resolve("fresh"), b -> b, true)) {
            env.motoProxy().reset();

            TargetListing first = fresh.targets().list(aws(), true).join();
            long described = env.motoProxy().requestCount("ec2", "DescribeRegions");
            TargetListing second = fresh.targets().list(aws(), true).join();

            assertThat(first.errors()).isEmpty();
            assertThat(first.targets()).extracting(Target::targetId).containsExactlyInAnyOrderElementsOf(
                    env.instances().stream().map(AwsTestEnvironment.Placed::id).toList());
            assertThat(described).isEqualTo(5);
            assertThat(env.motoProxy().requestRegions("ec2", "DescribeRegions"))
                    .containsExactly("cn-northwest-1", "us-east-1", "us-gov-west-1");
            assertThat(env.motoProxy().requestCount("ec2", "DescribeRegions")).isEqualTo(described);
            assertThat(second.targets()).hasSameSizeAs(first.targets());
        }
    }

    @Test
    void list_whenCommercialAccounts_describesOnlyCommercialRegions() {
        TargetListing listing = pcm.targets().list(Selector.builder().provider("aws").partition("aws").build(), true)
                .join();

        assertThat(listing.targets()).isNotEmpty().allSatisfy(t -> assertThat(t.partition()).isEqualTo("aws"));
        assertThat(env.motoProxy().requestRegions("ec2", "DescribeInstances")).contains("us-east-1", "eu-west-1")
                .noneMatch(region -> region.startsWith("us-gov-") || region.startsWith("cn-"));
    }

    @Test
    void list_whenGovCloudRoot_reachesOnlyUsGovRegions() {
        TargetListing gov = pcm.targets().list(Selector.builder().provider("aws").partition("aws-us-gov").build(),
                true).join();

        assertThat(gov.errors()).isEmpty();
        assertThat(gov.targets()).extracting(Target::targetId).containsExactlyInAnyOrderElementsOf(
                env.instancesOf(env.govAccount()));
        assertThat(env.motoProxy().requestRegions("ec2", "DescribeInstances"))
                .containsExactly("us-gov-east-1", "us-gov-west-1");
    }

    @Test
    void list_whenChinaRoot_reachesOnlyCnRegions() {
        TargetListing cn = pcm.targets().list(Selector.builder().provider("aws").partition("aws-cn").build(), true)
                .join();

        assertThat(cn.errors()).isEmpty();
        assertThat(cn.targets()).extracting(Target::targetId)
                .containsExactlyInAnyOrderElementsOf(env.instancesOf(CHINA_ACCOUNT)).doesNotContain(strayInstance);
        assertThat(cn.targets()).allSatisfy(t -> {
            assertThat(t.partition()).isEqualTo("aws-cn");
            assertThat(t.account()).isEqualTo(CHINA_ACCOUNT);
            assertThat(t.region()).isEqualTo("cn-north-1");
        });
        assertThat(env.motoProxy().requestRegions("ec2", "DescribeInstances"))
                .containsExactly("cn-north-1", "cn-northwest-1");
    }

    @Test
    void validate_whenChinaRoot_reportsItsAccountInTheChinaPartition() {
        CredentialStatus status = pcm.credentials().validate("cn").join();

        assertThat(status.state()).isEqualTo(CredentialStatus.State.VALID);
        assertThat(status.account()).isEqualTo(CHINA_ACCOUNT);
        assertThat(status.arn()).startsWith("arn:aws-cn:");
    }

    @Test
    void run_whenChinaTargets_sendsTheCommandInTheirCnRegion() throws Exception {
        Run done = RunSupport.run(pcm, Selector.builder().provider("aws").partition("aws-cn").build(), "echo hi",
                FAST);

        assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
        ReceivedCommand sent = env.simulator().commands().getLast();
        assertThat(sent.region()).isEqualTo("cn-north-1");
        assertThat(sent.account()).isEqualTo(CHINA_ACCOUNT);
        assertThat(sent.instanceIds()).containsExactlyInAnyOrderElementsOf(env.instancesOf(CHINA_ACCOUNT));
    }

    @Test
    void list_whenChinaPartitionSelectsAnAccountOfTheAwsRoot_neverAssumesARoleIntoIt() {
        String member = env.members().get(0);

        assertThatThrownBy(() -> pcm.targets().list(Selector.builder().provider("aws").partition("aws-cn")
                .accounts(List.of(member)).build(), true).join()).hasCauseInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no AWS account matches");
        assertThat(env.motoProxy().requestCount("sts", "AssumeRole")).isZero();
        assertThat(env.motoProxy().requestCount("ec2", "DescribeInstances")).isZero();
    }

    @Test
    void list_whenChinaAccountIsRegisteredUnderTheAwsRoot_reportsItAndListsTheRest() {
        pcm.accounts().add(new Account("aws", "aws-cn", MISFILED_ACCOUNT, "misfiled", null, null, null, "main", null,
                null, null, null, null));
        try {
            TargetListing listing = pcm.targets().list(Selector.builder().provider("aws").partition("aws-cn")
                    .build(), true).join();

            assertThat(listing.errors()).singleElement().satisfies(e -> {
                assertThat(e.account()).isEqualTo(MISFILED_ACCOUNT);
                assertThat(e.message()).contains("root 'main' is in aws", "never assumed across partitions");
            });
            assertThat(listing.targets()).extracting(Target::targetId)
                    .containsExactlyInAnyOrderElementsOf(env.instancesOf(CHINA_ACCOUNT));
            assertThat(env.motoProxy().requestCount("sts", "AssumeRole")).isZero();
        } finally {
            pcm.accounts().remove("aws", MISFILED_ACCOUNT);
        }
    }
}
