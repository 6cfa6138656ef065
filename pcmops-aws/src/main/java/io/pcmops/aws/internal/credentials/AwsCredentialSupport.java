package io.pcmops.aws.internal.credentials;

import io.pcmops.aws.internal.AwsErrors;
import io.pcmops.aws.internal.regions.Partitions;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialStatus;
import io.pcmops.model.CredentialStatus.State;
import io.pcmops.spi.CredentialSupport;
import io.pcmops.spi.Failures;
import io.pcmops.spi.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** Pasted keys, masking and validation of credential roots with STS GetCallerIdentity in their partition. */
public final class AwsCredentialSupport implements CredentialSupport {

    private static final Duration SOON = Duration.ofMinutes(5);

    private final RootCredentials credentials;
    private final RootIdentities identities;
    private final Clock clock;

    public AwsCredentialSupport(RootCredentials credentials, RootIdentities identities, Clock clock) {
        this.credentials = credentials;
        this.identities = identities;
        this.clock = clock;
    }

    @Override
    public Secret parsePasted(String pasted) {
        return PastedCredentials.parse(pasted);
    }

    /** Accepts only the partitions the provider serves: {@code aws}, {@code aws-us-gov} and {@code aws-cn}. */
    @Override
    public void check(CredentialRoot root) {
        Partitions.check(root.partition());
    }

    @Override
    public String mask(Secret secret) {
        return CredentialMasks.mask(secret.get(SecretFields.ACCESS_KEY_ID).orElse(null));
    }

    @Override
    public CompletableFuture<CredentialStatus> validate(CredentialRoot root) {
        CompletableFuture<AwsCredentialsIdentity> identity;
        try {
            identity = credentials.provider(root).resolveIdentity().thenApply(i -> (AwsCredentialsIdentity) i);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(status(root, State.INVALID, null, null, null, null,
                    "credentials unavailable: " + AwsErrors.describe(e)));
        }
        return identity.thenCompose(resolved -> identities.callerIdentity(root)
                        .thenApply(caller -> verdict(root, resolved, caller)))
                .exceptionally(error -> rejected(root, error));
    }

    private CredentialStatus verdict(CredentialRoot root, AwsCredentialsIdentity resolved,
                                     GetCallerIdentityResponse caller) {
        Instant expires = resolved.expirationTime().orElse(null);
        String masked = CredentialMasks.mask(resolved.accessKeyId());
        if (!caller.arn().startsWith("arn:" + root.partition() + ":")) {
            return status(root, State.INVALID, caller.account(), caller.arn(), expires, masked,
                    "these credentials belong to another partition than " + root.partition());
        }
        State state = expires == null || expires.isAfter(clock.instant().plus(SOON)) ? State.VALID
                : expires.isAfter(clock.instant()) ? State.EXPIRING_SOON : State.EXPIRED;
        String message = switch (state) {
            case VALID -> "valid";
            case EXPIRING_SOON -> "valid, but expiring at " + expires;
            default -> "expired at " + expires;
        };
        return status(root, state, caller.account(), caller.arn(), expires, masked, message);
    }

    private CredentialStatus rejected(CredentialRoot root, Throwable error) {
        Throwable cause = Failures.unwrap(error);
        if (cause instanceof AwsServiceException) {
            String code = AwsErrors.code(cause);
            State state = code != null && code.startsWith("ExpiredToken") ? State.EXPIRED : State.INVALID;
            return status(root, state, null, null, null, root.maskedKey(), "AWS rejected the credentials: "
                    + AwsErrors.describe(cause));
        }
        return status(root, State.INVALID, null, null, null, root.maskedKey(),
                "credentials could not be checked: " + AwsErrors.describe(cause));
    }

    private CredentialStatus status(CredentialRoot root, State state, String account, String arn, Instant expires,
                                    String masked, String message) {
        return new CredentialStatus(root.id(), state, account, arn, expires, masked, message, clock.instant());
    }
}
