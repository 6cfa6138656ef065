package io.pcmops.aws.testkit;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * Resolves an access key id by calling STS {@code GetCallerIdentity} with it at an endpoint that does not check
 * signatures (moto): moto answers the member account for keys it issued from {@code AssumeRole}, and its default
 * account {@code 123456789012} for any other key. Wrap it in {@link AccountResolver#cached}.
 */
public final class StsAccountResolver implements AccountResolver {

    private final URI endpoint;

    private StsAccountResolver(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** A caching resolver asking the STS endpoint (e.g. {@link MotoServer#endpoint()}). */
    public static AccountResolver cachedFor(URI stsEndpoint) {
        return AccountResolver.cached(new StsAccountResolver(stsEndpoint));
    }

    @Override
    public Optional<String> accountOf(String accessKeyId) {
        StaticCredentialsProvider credentials =
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "unchecked-secret"));
        try (StsClient sts = StsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentials).build()) {
            return Optional.ofNullable(sts.getCallerIdentity().account());
        } catch (StsException e) {
            return Optional.empty();
        }
    }
}
