package io.pcmops.aws.testkit;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2AsyncClient;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.organizations.OrganizationsAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.sts.StsAsyncClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Builds state in moto with real SDK clients: an organization with member accounts under an OU, instances per
 * account and region (tagged {@code Name}, {@code Env}), S3 buckets, and assumed-role credentials in any partition.
 */
public final class MotoFleet {

    private final URI moto;
    private final SdkAsyncHttpClient http;
    private final AwsCredentialsProvider management;

    public MotoFleet(URI moto, SdkAsyncHttpClient http, String managementKeyId) {
        this.moto = moto;
        this.http = http;
        this.management = SdkTestClients.credentials(managementKeyId);
    }

    /** Creates the organization, an OU {@code workloads} and {@code count} member accounts inside it. */
    public List<String> organization(int count) {
        try (OrganizationsAsyncClient org = OrganizationsAsyncClient.builder().endpointOverride(moto)
                .region(Region.US_EAST_1).httpClient(http).credentialsProvider(management).build()) {
            org.createOrganization(r -> r.featureSet("ALL")).join();
            String root = org.listRoots(r -> { }).join().roots().get(0).id();
            String ou = org.createOrganizationalUnit(r -> r.parentId(root).name("workloads")).join()
                    .organizationalUnit().id();
            List<String> accounts = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                int n = i;
                String id = org.createAccount(r -> r.accountName("member-" + n).email("member" + n + "@example.com"))
                        .join().createAccountStatus().accountId();
                org.moveAccount(r -> r.accountId(id).sourceParentId(root).destinationParentId(ou)).join();
                accounts.add(id);
            }
            return accounts;
        }
    }

    /** Creates an S3 bucket in {@code us-east-1} of the management account (e.g. for SSM output). */
    public void createBucket(String name) {
        try (S3AsyncClient s3 = S3AsyncClient.builder().endpointOverride(moto).region(Region.US_EAST_1)
                .forcePathStyle(true).httpClient(http).credentialsProvider(management).build()) {
            s3.createBucket(r -> r.bucket(name)).join();
        }
    }

    /** Assumes {@code arn:<partition>:iam::<account>:role/<role>} with the management key. */
    public Credentials assumeRole(String partition, String account, String role) {
        String region = switch (partition) {
            case "aws-us-gov" -> "us-gov-west-1";
            case "aws-cn" -> "cn-northwest-1";
            default -> "us-east-1";
        };
        try (StsAsyncClient sts = StsAsyncClient.builder().endpointOverride(moto).region(Region.of(region))
                .httpClient(http).credentialsProvider(management).build()) {
            return sts.assumeRole(r -> r.roleArn("arn:" + partition + ":iam::" + account + ":role/" + role)
                    .roleSessionName("pcmops-test-setup")).join().credentials();
        }
    }

    /**
     * Launches {@code count} instances in an account and region, tagged {@code tags} plus {@code Name}: at most ten
     * instances get {@code <prefix>-<i>} each, larger launches share {@code <prefix>} (one call instead of many).
     */
    public List<String> launch(Credentials account, String region, int count, String namePrefix,
                               Map<String, String> tags) {
        AwsCredentialsProvider credentials = StaticCredentialsProvider.create(AwsSessionCredentials.create(
                account.accessKeyId(), account.secretAccessKey(), account.sessionToken()));
        List<Tag> shared = new ArrayList<>();
        tags.forEach((k, v) -> shared.add(Tag.builder().key(k).value(v).build()));
        shared.add(Tag.builder().key("Name").value(namePrefix).build());
        try (Ec2AsyncClient ec2 = Ec2AsyncClient.builder().endpointOverride(moto).region(Region.of(region))
                .httpClient(http).credentialsProvider(credentials).build()) {
            List<String> ids = new ArrayList<>();
            for (int left = count; left > 0; left -= 250) {
                int batch = Math.min(250, left);
                ec2.runInstances(r -> r.imageId("ami-760aaa0f").instanceType("t3.micro").minCount(batch)
                        .maxCount(batch).tagSpecifications(t -> t.resourceType(ResourceType.INSTANCE).tags(shared)))
                        .join().instances().forEach(i -> ids.add(i.instanceId()));
            }
            for (int i = 0; i < ids.size() && ids.size() <= 10; i++) {
                String id = ids.get(i);
                String name = namePrefix + "-" + i;
                ec2.createTags(r -> r.resources(id).tags(Tag.builder().key("Name").value(name).build())).join();
            }
            return ids;
        }
    }
}
