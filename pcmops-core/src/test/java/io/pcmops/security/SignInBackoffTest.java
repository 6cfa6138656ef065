package io.pcmops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.AuthenticationException;
import io.pcmops.InvalidRequestException;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failed sign-ins slow down one address for one user, decay by themselves, and never keep the user out from
 * elsewhere: nobody can keep an account (the only admin's) locked.
 */
class SignInBackoffTest {

    private static final String ATTACKER = "203.0.113.9";

    @TempDir
    Path dir;

    private UserFixture app;

    @BeforeEach
    void open() {
        app = new UserFixture(dir);
        app.user("root", Role.ADMIN);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void fail(String client) {
        assertThatThrownBy(() -> app.pcm.sessions().signIn("root", "wrong-Password-0", client, Optional.empty()))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void failures_fromOneAddress_makeThatAddressWait_butNotTheUserElsewhere() {
        for (int i = 0; i < UserFixture.POLICY.freeFailures() + 2; i++) {
            fail(ATTACKER);
        }

        assertThatThrownBy(() -> app.signIn("root", ATTACKER)).isInstanceOf(AuthenticationException.class);
        assertThat(app.signIn("root", "10.0.0.7").user().username()).isEqualTo("root");
        assertThat(app.pcm.audit().list(new AuditQuery("root", "login.backoff", null, null)).items()).isNotEmpty();
    }

    @Test
    void backoff_expires_andAWrongAttemptAfterItDoesNotLockTheUserOut() {
        for (int i = 0; i < UserFixture.POLICY.freeFailures() + 1; i++) {
            fail(ATTACKER);
        }
        app.clock.advance(Duration.ofSeconds(11));
        fail(ATTACKER);

        assertThat(app.signIn("root", "10.0.0.7")).isNotNull();
        app.clock.advance(Duration.ofSeconds(21));
        assertThat(app.signIn("root", ATTACKER)).isNotNull();
    }

    @Test
    void failures_decay_soAQuietAddressGetsItsFreeAttemptsBack() {
        for (int i = 0; i < UserFixture.POLICY.freeFailures(); i++) {
            fail(ATTACKER);
        }
        app.clock.advance(Duration.ofMinutes(UserFixture.POLICY.freeFailures()));

        for (int i = 0; i < UserFixture.POLICY.freeFailures() - 1; i++) {
            fail(ATTACKER);
        }
        assertThat(app.signIn("root", ATTACKER)).isNotNull();
    }

    @Test
    void unlock_liftsEveryBackoffOfTheUser() {
        for (int i = 0; i < UserFixture.POLICY.freeFailures() + 3; i++) {
            fail(ATTACKER);
        }

        app.pcm.users().unlock("root");

        assertThat(app.signIn("root", ATTACKER)).isNotNull();
        assertThat(app.pcm.audit().list(new AuditQuery(null, "user.unlock", null, null)).items()).hasSize(1);
    }

    @Test
    void signIn_withAnInvalidOrHugeUserName_isRefusedBeforeAnythingIsRecorded() {
        long before = app.pcm.audit().list(new AuditQuery(null, null, null, null)).total();
        String huge = "a".repeat(1 << 20);

        assertThatThrownBy(() -> app.pcm.sessions().signIn(huge, "whatever-Password-1", ATTACKER, Optional.empty()))
                .isInstanceOf(InvalidRequestException.class).hasMessageNotContaining(huge.substring(0, 100));
        assertThatThrownBy(() -> app.pcm.sessions().signIn("bad name", "whatever-Password-1", ATTACKER,
                Optional.empty())).isInstanceOf(InvalidRequestException.class);

        assertThat(app.pcm.audit().list(new AuditQuery(null, null, null, null)).total()).isEqualTo(before);
    }

    @Test
    void unknownUser_isRefusedLikeAWrongPassword_andAudited() {
        assertThatThrownBy(() -> app.pcm.sessions().signIn("ghost", "whatever-Password-1", ATTACKER,
                Optional.empty())).isInstanceOf(AuthenticationException.class)
                .hasMessageStartingWith("sign-in failed: wrong user name or password");

        assertThat(app.pcm.audit().list(new AuditQuery("ghost", "login.failed", null, null)).items())
                .singleElement().satisfies(e -> assertThat(e.details()).containsEntry("client", ATTACKER));
    }
}
