package io.pcmops.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.aws.testkit.EmulatorEndpoints;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialSource;
import io.pcmops.model.Selector;
import io.pcmops.model.Target;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** The inventory against LocalStack instead of moto; runs only where Docker and a LocalStack token exist. */
@Testcontainers(disabledWithoutDocker = true)
@EnabledIfEnvironmentVariable(named = "LOCALSTACK_AUTH_TOKEN", matches = ".+")
class AwsProviderLocalStackTest {

    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(
            DockerImageName.parse("localstack/localstack-pro:latest")
                    .asCompatibleSubstituteFor("localstack/localstack"))
            .withEnv("LOCALSTACK_AUTH_TOKEN", System.getenv("LOCALSTACK_AUTH_TOKEN"));

    @TempDir
    Path dir;

    @Test
    void list_whenInstanceRunsInLocalStack_listsIt() {
        String instanceId;
        try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(LOCALSTACK.getEndpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            instanceId = ec2.runInstances(r -> r.imageId("ami-12345678").minCount(1).maxCount(1)).instances().get(0)
                    .instanceId();
        }
        EmulatorEndpoints.allow();
        try (Pcmops pcm = TestLibraries.open(dir, new AwsProvider())) {
            for (String service : new String[] {"ec2", "ssm", "sts"}) {
                pcm.settings().put("aws", "endpoint." + service, LOCALSTACK.getEndpoint().toString());
            }
            pcm.settings().put("aws", "regions", "us-east-1");
            pcm.credentials().add(new CredentialRoot("local", "aws", "aws", CredentialSource.vault(), null, null,
                    null, null, null, null), "AKIAIOSFODNN7EXAMPLE testsecretkey00000000000000");

            assertThat(pcm.targets().list(Selector.builder().provider("aws").build(), true).join().targets())
                    .extracting(Target::targetId).contains(instanceId);
        }
    }
}
