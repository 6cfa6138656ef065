package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.http.testing.TestApp;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.PageRequest;
import io.pcmops.model.Role;
import io.pcmops.model.SignInPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling per client address (summarised in the audit log), the back-off per user and address, and the
 * cost of hostile user names: behind a trusted proxy on loopback, so each test picks its client address.
 */
class LoginThrottleTest extends ServerTestBase {

    private static final TestApp APP = TestApp.create(settings -> settings
            .withNetwork(new ServerSettings.Network(false, false, List.of("127.0.0.1", "::1"), List.of()))
            .withLogin(new ServerSettings.LoginPolicy(6, Duration.ofMinutes(1)))
            .withSignIn(new SignInPolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(1),
                    Duration.ofHours(12), Duration.ofMinutes(30))), Map.of());

    private ApiClient.Reply attempt(String client, String user, String password) {
        return anonymous().forwardedFor(client).post("/api/v1/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void login_overPerClientLimit_answers429WithRetryAfter_andSummarisesTheThrottledAttempts() {
        for (int i = 0; i < 6; i++) {
            assertThat(attempt("10.0.0.3", "nobody-" + i, "whatever-password").code()).isEqualTo(401);
        }
        ApiClient.Reply last = null;
        for (int i = 0; i < 10; i++) {
            last = attempt("10.0.0.3", "nobody", "whatever-password");
        }

        assertThat(last.code()).isEqualTo(429);
        assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(last.body()).contains("\"error\":\"too_many_requests\"", "retryAfterSeconds");
        assertThat(throttled("10.0.0.3")).hasSize(1);
        APP.component().throttled().flush();
        assertThat(throttled("10.0.0.3")).hasSize(2).anySatisfy(e -> assertThat(e.details())
                .containsEntry("attempts", "9"));
    }

    @Test
    void failures_fromOneAddress_neverLockTheOnlyAdminOutFromAnother() {
        for (int i = 0; i < 5; i++) {
            attempt("10.0.0.4", "admin", "wrong-password-" + i);
        }

        assertThat(attempt("10.0.0.4", "admin", TestApp.ADMIN_PASSWORD).code()).isEqualTo(401);
        assertThat(attempt("10.0.0.5", "admin", TestApp.ADMIN_PASSWORD).code()).isEqualTo(200);
        assertThat(APP.library().audit().list(new AuditQuery("admin", "login.backoff", null, null)).items())
                .isNotEmpty().allSatisfy(e -> assertThat(e.details()).containsEntry("client", "10.0.0.4"));
    }

    @Test
    void login_unknownUser_isRefusedLikeAWrongPasswordAndAudited() {
        ApiClient.Reply unknown = attempt("10.0.0.6", "ghost", "some-password-123");

        assertThat(unknown.code()).isEqualTo(401);
        assertThat(unknown.body()).contains("sign-in failed: wrong user name or password");
        assertThat(APP.library().audit().list(new AuditQuery("ghost", "login.failed", null, null)).items())
                .extracting(AuditEvent::result).contains("unknown user");
    }

    @Test
    void login_withHugeUserNames_isRefusedBeforeThrottlingOrAuditing_soTheStoreDoesNotGrow() throws Exception {
        APP.user("big", "big-Password-123", Role.VIEWER);
        String huge = "u".repeat(512 * 1024);
        long rows = APP.library().audit().list(new AuditQuery(null, null, null, PageRequest.first())).total();
        long bytes = storeBytes();
        int keys = APP.component().limiter().size();

        for (int i = 0; i < 40; i++) {
            ApiClient.Reply reply = attempt("10.0.1." + i, huge + i, "whatever-password");
            assertThat(reply.code()).isEqualTo(400);
            assertThat(reply.body().length()).isLessThan(2_000);
        }

        assertThat(APP.library().audit().list(new AuditQuery(null, null, null, PageRequest.first())).total())
                .isEqualTo(rows);
        assertThat(storeBytes() - bytes).isLessThan(256 * 1024);
        assertThat(APP.component().limiter().size()).isEqualTo(keys);
        assertThat(attempt("10.0.1.99", "big", "big-Password-123").code()).isEqualTo(200);
    }

    @Test
    void forwardedFor_behindATrustedProxy_isTheRightMostUntrustedHop() {
        attempt("6.6.6.6, 10.0.0.9", "spoofed", "whatever-password");
        attempt("6.6.6.7, 10.0.0.10, 127.0.0.1", "chained", "whatever-password");

        assertThat(clientOf("spoofed")).isEqualTo("10.0.0.9");
        assertThat(clientOf("chained")).isEqualTo("10.0.0.10");
    }

    private static String clientOf(String user) {
        return APP.library().audit().list(new AuditQuery(user, "login.failed", null, null)).items().get(0)
                .details().get("client");
    }

    private static List<AuditEvent> throttled(String client) {
        return APP.library().audit().list(new AuditQuery("(anonymous)", "login.throttled", null, null)).items()
                .stream().filter(e -> client.equals(e.details().get("client"))).toList();
    }

    private static long storeBytes() throws Exception {
        long total = 0;
        for (String name : List.of("pcmops.db", "pcmops.db-wal")) {
            Path file = APP.directory().resolve(name);
            total += Files.exists(file) ? Files.size(file) : 0;
        }
        return total;
    }
}
