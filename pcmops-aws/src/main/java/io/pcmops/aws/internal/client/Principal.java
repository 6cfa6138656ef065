package io.pcmops.aws.internal.client;

import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Who calls AWS: a credentials provider plus a stable key naming it (clients are shared per key).
 *
 * @param key       e.g. {@code root:main} or {@code role:main:111111111111:Role:session}
 * @param partition partition the credentials belong to
 * @param account   account the calls act in
 * @param provider  the credentials
 * @param profile   the shared-config profile whose settings ({@code endpoint_url}, {@code services}…) its clients
 *                  use: the profile of a {@code profile:NAME} root and of the roles assumed with it; {@code null}
 *                  for the SDK's default profile
 */
public record Principal(String key, String partition, String account, AwsCredentialsProvider provider,
                        String profile) {

    public Principal {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(provider, "provider");
    }

    @Override
    public String toString() {
        return "Principal[" + key + "]";
    }
}
