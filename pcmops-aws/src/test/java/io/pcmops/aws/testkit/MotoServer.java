package io.pcmops.aws.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the moto server that {@code scripts/moto start} runs (moto 5.2.5, EC2, STS, Organizations, S3, IAM) through
 * the environment variable {@value #ENDPOINT_VARIABLE}. Without it a test is skipped, except under {@code CI=true},
 * where it fails: CI must run moto.
 *
 * <p>Moto quirks found with moto 5.2.5 (checked by {@code MotoServerTest}):
 * <ul>
 *   <li>Signatures are never checked; any access key id and secret work.</li>
 *   <li>Any access key id that moto did not issue belongs to the default account {@value #DEFAULT_ACCOUNT}
 *       ({@code GetCallerIdentity} answers {@code arn:aws:sts::123456789012:user/moto}).</li>
 *   <li>{@code AssumeRole} into {@code arn:aws:iam::<acct>:role/<name>} always succeeds (the role need not exist)
 *       and issues an {@code ASIA…} access key id; requests signed with that key id act in {@code <acct>}: EC2
 *       instances, S3 buckets etc. are kept per account and region. Only the key id matters, not the session
 *       token. {@code AssumedRoleUser.AssumedRoleId} differs between the AssumeRole answer and a later
 *       GetCallerIdentity's {@code UserId}.</li>
 *   <li>Organizations: the caller's account becomes the management account; {@code CreateAccount} answers
 *       {@code SUCCEEDED} at once with a random 12-digit account id; new accounts sit under the root.</li>
 *   <li>{@code POST /moto-api/reset} wipes all state of all accounts (no per-account reset).</li>
 *   <li>S3 works path-style against {@code http://127.0.0.1:PORT}; outside {@code us-east-1}
 *       CreateBucket needs a LocationConstraint, as real S3.</li>
 * </ul>
 */
public final class MotoServer {

    /** The environment variable holding the endpoint, e.g. {@code http://127.0.0.1:5000}. */
    public static final String ENDPOINT_VARIABLE = "PCMOPS_MOTO_ENDPOINT";
    /** The account of every access key id moto did not issue itself. */
    public static final String DEFAULT_ACCOUNT = "123456789012";

    private MotoServer() {
    }

    /** Whether {@value #ENDPOINT_VARIABLE} is set. */
    public static boolean available() {
        String value = System.getenv(ENDPOINT_VARIABLE);
        return value != null && !value.isBlank();
    }

    /** The endpoint; skips the calling test when moto is not configured, or fails it under {@code CI=true}. */
    public static URI endpoint() {
        if (!available()) {
            String message = ENDPOINT_VARIABLE + " is not set: run `scripts/moto start` and export what it prints";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("moto is required in CI: run scripts/test (" + message + ")");
            }
            Assumptions.abort(message);
        }
        return URI.create(System.getenv(ENDPOINT_VARIABLE).strip().replaceAll("/+$", ""));
    }

    /** Wipes moto's state ({@code POST /moto-api/reset}), for test isolation. */
    public static void reset() {
        HttpRequest request = HttpRequest.newBuilder(endpoint().resolve("/moto-api/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("moto reset answered HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("moto reset failed at " + endpoint(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A caching resolver that asks moto's STS which account an access key id belongs to. */
    public static AccountResolver accountResolver() {
        return StsAccountResolver.cachedFor(endpoint());
    }
}
