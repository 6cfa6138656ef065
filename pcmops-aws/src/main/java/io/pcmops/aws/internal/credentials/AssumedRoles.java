package io.pcmops.aws.internal.credentials;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.pcmops.CredentialsException;
import io.pcmops.aws.internal.AwsErrors;
import io.pcmops.aws.internal.client.AwsClients;
import io.pcmops.aws.internal.client.Principal;
import io.pcmops.aws.internal.regions.Partitions;
import io.pcmops.spi.Failures;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.ResolveIdentityRequest;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Credentials of member accounts, from STS AssumeRole with a root's credentials. Each (root, account, role,
 * external id, session name) is assumed once and reused until five minutes before its real expiry; sessions unused
 * for an hour are forgotten.
 */
public final class AssumedRoles {

    private static final Duration REFRESH_BEFORE = Duration.ofMinutes(5);

    private final AwsClients clients;
    private final Clock clock;
    private final Cache<String, Session> sessions = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1))
            .build();

    public AssumedRoles(AwsClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    /** The role to assume into an account, never across partitions. */
    public record RoleTarget(String account, String roleName, String externalId, Duration duration, String session) {
    }

    /** Returns the member account's principal once the role was assumed (or the cached session is fresh). */
    public CompletableFuture<Principal> principal(Principal root, RoleTarget target) {
        String key = "role:" + root.key() + ":" + target.account() + ":" + target.roleName() + ":"
                + target.externalId() + ":" + target.session();
        Session session = sessions.get(key, k -> new Session(root, target));
        return session.current().thenApply(c -> new Principal(key, root.partition(), target.account(), session,
                root.profile()));
    }

    /** One assumed-role session; refreshed when it is about to expire. */
    private final class Session implements AwsCredentialsProvider {
        private final Principal root;
        private final RoleTarget target;
        private CompletableFuture<AwsSessionCredentials> current;

        Session(Principal root, RoleTarget target) {
            this.root = root;
            this.target = target;
        }

        synchronized CompletableFuture<AwsSessionCredentials> current() {
            if (current == null || current.isCompletedExceptionally() || (current.isDone() && stale(current.join()))) {
                current = assume();
            }
            return current;
        }

        private boolean stale(AwsSessionCredentials credentials) {
            return credentials.expirationTime().map(t -> clock.instant().plus(REFRESH_BEFORE).isAfter(t))
                    .orElse(false);
        }

        private CompletableFuture<AwsSessionCredentials> assume() {
            String arn = "arn:" + root.partition() + ":iam::" + target.account() + ":role/" + target.roleName();
            int seconds = (int) Math.max(900, Math.min(43_200, target.duration().toSeconds()));
            return clients.sts(root, Partitions.home(root.partition()))
                    .assumeRole(r -> r.roleArn(arn).roleSessionName(target.session())
                            .externalId(target.externalId()).durationSeconds(seconds))
                    .handle((response, error) -> {
                        if (error != null) {
                            throw new CompletionException(denied(arn, error));
                        }
                        return session(response.credentials());
                    });
        }

        @Override
        public AwsCredentials resolveCredentials() {
            return current().join();
        }

        @Override
        public CompletableFuture<AwsCredentialsIdentity> resolveIdentity(ResolveIdentityRequest request) {
            return current().thenApply(c -> c);
        }
    }

    private static AwsSessionCredentials session(Credentials c) {
        return AwsSessionCredentials.builder().accessKeyId(c.accessKeyId()).secretAccessKey(c.secretAccessKey())
                .sessionToken(c.sessionToken()).expirationTime(c.expiration()).build();
    }

    private static CredentialsException denied(String arn, Throwable error) {
        return new CredentialsException("AssumeRole into " + arn + " failed: " + AwsErrors.detail(error),
                Failures.unwrap(error));
    }
}
