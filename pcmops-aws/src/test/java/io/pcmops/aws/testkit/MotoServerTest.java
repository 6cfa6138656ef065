package io.pcmops.aws.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2AsyncClient;
import software.amazon.awssdk.services.organizations.OrganizationsAsyncClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.sts.StsAsyncClient;
import software.amazon.awssdk.services.sts.model.Credentials;

class MotoServerTest {

    private static final String MEMBER = "555555555555";

    private static URI moto;
    private static SdkAsyncHttpClient http;

    @BeforeAll
    static void start() {
        moto = MotoServer.endpoint();
        http = SdkTestClients.netty();
    }

    @BeforeEach
    void reset() {
        MotoServer.reset();
    }

    @AfterAll
    static void stop() {
        if (http != null) {
            http.close();
        }
    }

    @Test
    void assumeRole_whenCredentialsUsed_actInTheMemberAccount() {
        AwsCredentialsProvider member = assumeRole(MEMBER);

        try (StsAsyncClient sts = sts(member)) {
            assertThat(sts.getCallerIdentity().join().account()).isEqualTo(MEMBER);
        }
        try (StsAsyncClient sts = sts(SdkTestClients.credentials("AKIAANYTHING"))) {
            assertThat(sts.getCallerIdentity().join().account()).isEqualTo(MotoServer.DEFAULT_ACCOUNT);
        }
        String accessKeyId = member.resolveCredentials().accessKeyId();
        assertThat(accessKeyId).startsWith("ASIA");
        assertThat(MotoServer.accountResolver().accountOf(accessKeyId)).contains(MEMBER);
    }

    @Test
    void runInstances_whenDifferentAccountsAndRegions_areSeparated() {
        AwsCredentialsProvider member = assumeRole(MEMBER);
        try (Ec2AsyncClient memberEu = ec2(member, Region.EU_WEST_1);
                Ec2AsyncClient memberUs = ec2(member, Region.US_EAST_1);
                Ec2AsyncClient defaultEu = ec2(SdkTestClients.credentials("AKIAANYTHING"), Region.EU_WEST_1)) {
            List<String> ids = memberEu.runInstances(r -> r.imageId("ami-760aaa0f").minCount(2).maxCount(2)).join()
                    .instances().stream().map(i -> i.instanceId()).toList();

            assertThat(instanceIds(memberEu)).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(instanceIds(memberUs)).isEmpty();
            assertThat(instanceIds(defaultEu)).isEmpty();
        }
    }

    @Test
    void organizations_whenAccountCreated_isListedUnderRoot() {
        try (OrganizationsAsyncClient org = OrganizationsAsyncClient.builder().endpointOverride(moto)
                .region(Region.US_EAST_1).httpClient(http).credentialsProvider(SdkTestClients.credentials("AKIAM"))
                .build()) {
            org.createOrganization(r -> r.featureSet("ALL")).join();
            String created = org.createAccount(r -> r.email("member@example.com").accountName("member")).join()
                    .createAccountStatus().accountId();
            String root = org.listRoots(r -> { }).join().roots().get(0).id();
            org.createOrganizationalUnit(r -> r.parentId(root).name("workloads")).join();

            assertThat(org.listAccounts(r -> { }).join().accounts()).extracting(Account::id)
                    .contains(created, MotoServer.DEFAULT_ACCOUNT);
            assertThat(org.listOrganizationalUnitsForParent(r -> r.parentId(root)).join().organizationalUnits())
                    .extracting(ou -> ou.name()).containsExactly("workloads");
            assertThat(org.listAccountsForParent(r -> r.parentId(root)).join().accounts()).extracting(Account::id)
                    .contains(created);
        }
    }

    @Test
    void s3_whenPathStyle_putAndGetObject() {
        try (S3AsyncClient s3 = S3AsyncClient.builder().endpointOverride(moto).region(Region.US_EAST_1)
                .forcePathStyle(true).httpClient(http).credentialsProvider(SdkTestClients.credentials("AKIAS3"))
                .build()) {
            s3.createBucket(r -> r.bucket("pcmops-moto-check")).join();
            s3.putObject(r -> r.bucket("pcmops-moto-check").key("a/b.txt"), AsyncRequestBody.fromString("hi")).join();

            assertThat(s3.getObject(r -> r.bucket("pcmops-moto-check").key("a/b.txt"),
                    AsyncResponseTransformer.toBytes()).join().asUtf8String()).isEqualTo("hi");
        }
    }

    @Test
    void simulator_whenResolverAsksMoto_acceptsAssumedRoleCredentials() {
        AwsCredentialsProvider member = assumeRole(MEMBER);
        try (SsmFleetSimulator simulator = SsmFleetSimulator.builder().timeScale(0.001)
                .accountResolver(MotoServer.accountResolver()).start();
                SsmAsyncClient ssm = SsmAsyncClient.builder().endpointOverride(simulator.endpoint())
                        .region(Region.EU_WEST_1).httpClient(http).credentialsProvider(member).build()) {
            String id = simulator.registerFleet(1, b -> b.account(MEMBER).region("eu-west-1")
                    .behaviour(Behaviour.scripted(0, "hi", "", java.time.Duration.ZERO))).get(0).instanceId();

            String commandId = ssm.sendCommand(r -> r.documentName("AWS-RunShellScript").instanceIds(id)
                    .parameters(Map.of("commands", List.of("x")))).join().command().commandId();

            assertThat(SimulatorTestSupport.awaitTerminal(ssm, commandId, id).standardOutputContent()).isEqualTo("hi");
            assertThat(simulator.commands()).extracting(ReceivedCommand::account).containsExactly(MEMBER);
        }
    }

    private static AwsCredentialsProvider assumeRole(String account) {
        try (StsAsyncClient sts = sts(SdkTestClients.credentials("AKIAMANAGEMENT"))) {
            Credentials c = sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + account + ":role/PcmopsRole")
                    .roleSessionName("pcmops")).join().credentials();
            return StaticCredentialsProvider.create(AwsSessionCredentials.create(c.accessKeyId(),
                    c.secretAccessKey(), c.sessionToken()));
        }
    }

    private static StsAsyncClient sts(AwsCredentialsProvider credentials) {
        return StsAsyncClient.builder().endpointOverride(moto).region(Region.US_EAST_1).httpClient(http)
                .credentialsProvider(credentials).build();
    }

    private static Ec2AsyncClient ec2(AwsCredentialsProvider credentials, Region region) {
        return Ec2AsyncClient.builder().endpointOverride(moto).region(region).httpClient(http)
                .credentialsProvider(credentials).build();
    }

    private static List<String> instanceIds(Ec2AsyncClient ec2) {
        return ec2.describeInstances().join().reservations().stream().flatMap(r -> r.instances().stream())
                .map(i -> i.instanceId()).toList();
    }
}
