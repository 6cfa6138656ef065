package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.http.testing.TestApp;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-in throttling per user and per client, lockout, and the audit of every attempt. */
class LoginThrottleTest extends ServerTestBase {

    private static final TestApp APP = TestApp.create(settings -> settings.withTrustForwardedFor(true).withLogin(
            new ServerSettings.LoginPolicy(4, 6, Duration.ofMinutes(1), 3, Duration.ofMinutes(15))), Map.of());

    private ApiClient.Reply attempt(String client, String user, String password) {
        return anonymous().forwardedFor(client).post("/api/v1/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void login_overPerUserLimit_answers429WithRetryAfterAndIsAudited() {
        APP.user("throttled", "throttled-Password-1", Role.VIEWER);
        for (int i = 0; i < 4; i++) {
            assertThat(attempt("10.0.0.1", "throttled", "bad-password-" + i).code()).isEqualTo(401);
        }

        ApiClient.Reply refused = attempt("10.0.0.2", "throttled", "throttled-Password-1");

        assertThat(refused.code()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.body()).contains("\"error\":\"too_many_requests\"", "retryAfterSeconds");
        assertThat(actions("throttled")).contains("login.throttled", "login.failed");
    }

    @Test
    void login_overPerClientLimit_answers429WhateverTheUser() {
        ApiClient.Reply last = null;
        for (int i = 0; i < 7; i++) {
            last = attempt("10.0.0.3", "nobody-" + i, "whatever-password");
        }

        assertThat(last.code()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotBlank();
    }

    @Test
    void login_afterConsecutiveFailures_locksTheUserAndAuditsTheLockout() throws Exception {
        APP.user("locked", "locked-Password-123", Role.VIEWER);
        for (int i = 0; i < 3; i++) {
            assertThat(attempt("10.0.0.4", "locked", "wrong-password-" + i).code()).isEqualTo(401);
        }

        assertThat(attempt("10.0.0.4", "locked", "locked-Password-123").code()).isEqualTo(401);

        assertThat(APP.library().users().find("locked").orElseThrow().lockedUntil()).isNotNull();
        assertThat(actions("locked")).contains("login.lockout");
        assertThat(APP.library().audit().list(new AuditQuery("locked", "login.failed", null, null)).items())
                .isNotEmpty().allSatisfy(e -> assertThat(e.details()).containsKey("client"));
    }

    @Test
    void login_unknownUser_isRefusedLikeAWrongPasswordAndAudited() {
        ApiClient.Reply unknown = attempt("10.0.0.5", "ghost", "some-password-123");

        assertThat(unknown.code()).isEqualTo(401);
        assertThat(unknown.body()).contains("sign-in failed: wrong user name or password");
        assertThat(APP.library().audit().list(new AuditQuery("ghost", "login.failed", null, null)).items())
                .extracting(AuditEvent::result).contains("unknown user");
    }

    private static List<String> actions(String actor) {
        return APP.library().audit().list(new AuditQuery(actor, "login", null, null)).items().stream()
                .map(AuditEvent::action).toList();
    }
}
