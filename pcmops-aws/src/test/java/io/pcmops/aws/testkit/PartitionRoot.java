package io.pcmops.aws.testkit;

import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * An account of another partition than {@code aws} that an {@link AwsTestEnvironment} reaches directly through a
 * credential root of its own ({@code gov}, {@code cn}), with instances in one region.
 *
 * @param id          the credential root's id
 * @param partition   the partition
 * @param account     the account, or {@code null} when the environment has none in this partition
 * @param region      where its instances are
 * @param role        the role assumed in moto to make its credentials
 * @param credentials its credentials once assumed, else {@code null}
 */
record PartitionRoot(String id, String partition, String account, String region, String role,
                     Credentials credentials) {

    PartitionRoot(String id, String partition, String account, String region, String role) {
        this(id, partition, account, region, role, null);
    }

    PartitionRoot withCredentials(Credentials value) {
        return new PartitionRoot(id, partition, account, region, role, value);
    }

    /** The credentials as {@code aws sts assume-role} prints them, a paste format roots accept. */
    String assumeRoleJson() {
        return "{\"Credentials\": {\"AccessKeyId\": \"" + credentials.accessKeyId() + "\", \"SecretAccessKey\": \""
                + credentials.secretAccessKey() + "\", \"SessionToken\": \"" + credentials.sessionToken()
                + "\", \"Expiration\": \"" + credentials.expiration() + "\"}}";
    }
}
