package io.pcmops.aws.internal.credentials;

import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialSource;
import io.pcmops.spi.ProviderContext;
import io.pcmops.spi.Secret;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The credentials of a credential root: the SDK's default chain, a named profile (SSO profiles included, through
 * the SDK's profile provider), or keys kept in the vault. Vault secrets are opened once per root and kept in memory.
 */
public final class RootCredentials {

    private final ProviderContext context;
    private final Map<String, AwsCredentialsProvider> providers = new ConcurrentHashMap<>();

    public RootCredentials(ProviderContext context) {
        this.context = context;
    }

    /** Returns the credentials provider of a root. */
    public AwsCredentialsProvider provider(CredentialRoot root) {
        String key = root.id() + "|" + root.source() + "|" + root.createdAt();
        return providers.computeIfAbsent(key, k -> create(root));
    }

    /** Returns the profile of a {@code profile:NAME} root, else {@code null} (the SDK's default profile). */
    public static String profileOf(CredentialRoot root) {
        return root.source().kind() == CredentialSource.Kind.PROFILE ? root.source().profile() : null;
    }

    /** Returns the stored secret of a vault root, or {@code null} for other sources. */
    public Secret secretOf(CredentialRoot root) {
        return switch (root.source().kind()) {
            case VAULT -> context.secret(root, "aws credentials of root " + root.id());
            case CHAIN, PROFILE -> null;
        };
    }

    private AwsCredentialsProvider create(CredentialRoot root) {
        return switch (root.source().kind()) {
            case CHAIN -> DefaultCredentialsProvider.builder().build();
            case PROFILE -> ProfileCredentialsProvider.builder().profileName(root.source().profile()).build();
            case VAULT -> StaticCredentialsProvider.create(fromSecret(secretOf(root)));
        };
    }

    static AwsCredentials fromSecret(Secret secret) {
        String keyId = secret.get(SecretFields.ACCESS_KEY_ID).orElseThrow();
        String secretKey = secret.get(SecretFields.SECRET_ACCESS_KEY).orElseThrow();
        return secret.get(SecretFields.SESSION_TOKEN)
                .<AwsCredentials>map(token -> AwsSessionCredentials.builder().accessKeyId(keyId)
                        .secretAccessKey(secretKey).sessionToken(token)
                        .expirationTime(SecretFields.expiration(secret).orElse(null)).build())
                .orElseGet(() -> AwsBasicCredentials.create(keyId, secretKey));
    }
}
