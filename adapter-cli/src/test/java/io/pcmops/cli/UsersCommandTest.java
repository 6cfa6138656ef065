package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.AuthenticationException;
import io.pcmops.Pcmops;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.Right;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pcmops users}: the server's rules from the command line, and the break-glass on the host. */
class UsersCommandTest {

    private static final String ATTACKER = "203.0.113.7";

    @TempDir
    Path dir;

    private CliHarness.Result add(String name, String role) {
        return new CliHarness(dir).stdin(name + "-Password-1\n").run("users", "add", name, "--role", role,
                "--no-password-change");
    }

    private Pcmops library() {
        return Pcmops.builder().dataDirectory(dir).discoverProviders(false).build();
    }

    @Test
    void add_list_andSet_followTheServersRules() {
        assertThat(add("root", "admin").exitCode()).isZero();
        CliHarness.Result typed = new CliHarness(dir).typedSecret("olga-Password-1", "olga-Password-1")
                .run("users", "add", "olga", "--role", "operator", "--grant", "run-local");
        CliHarness.Result noRole = new CliHarness(dir).stdin("nobody-Password-1\n").run("users", "add", "nobody");
        CliHarness.Result demote = new CliHarness(dir).run("users", "set", "root", "--role", "viewer");
        CliHarness.Result list = new CliHarness(dir).run("users", "list", "--output", "json");

        assertThat(typed.exitCode()).as(typed.err()).isZero();
        assertThat(typed.out()).contains("added user olga (operator; run-local, enabled, must change password)");
        assertThat(noRole.exitCode()).isEqualTo(2);
        assertThat(noRole.err()).contains("at least one role");
        assertThat(demote.exitCode()).isEqualTo(2);
        assertThat(demote.err()).contains("last enabled admin");
        assertThat(list.out()).contains("\"username\" : \"olga\"", "\"grants\" : [ \"run-local\" ]")
                .doesNotContain("olga-Password-1", "argon2");
        try (Pcmops pcm = library()) {
            assertThat(pcm.audit().list(new AuditQuery("cli:tester", "user.", null, null)).items()).hasSize(2);
        }
    }

    @Test
    void set_withNothingToChange_orAMismatchedTypedPassword_exitsTwo() {
        add("root", "admin");

        CliHarness.Result nothing = new CliHarness(dir).run("users", "set", "root");
        CliHarness.Result mismatch = new CliHarness(dir).typedSecret("one-Password-123", "two-Password-123")
                .run("users", "add", "olga", "--role", "viewer");

        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("say what to change");
        assertThat(mismatch.exitCode()).isEqualTo(2);
        assertThat(mismatch.err()).contains("the two passwords differ");
    }

    @Test
    void unlock_liftsTheBackoffThatFailedSignInsPutOnAnAddress() {
        add("root", "admin");
        try (Pcmops pcm = library()) {
            for (int i = 0; i < 8; i++) {
                assertThatThrownBy(() -> pcm.sessions().signIn("root", "wrong-Password-1", ATTACKER,
                        Optional.empty())).isInstanceOf(AuthenticationException.class);
            }
            assertThatThrownBy(() -> pcm.sessions().signIn("root", "root-Password-1", ATTACKER, Optional.empty()))
                    .isInstanceOf(AuthenticationException.class);

            CliHarness.Result unlocked = new CliHarness(dir).run("users", "unlock", "root");

            assertThat(unlocked.exitCode()).as(unlocked.err()).isZero();
            assertThat(unlocked.out()).contains("unlocked user root");
            assertThat(pcm.sessions().signIn("root", "root-Password-1", ATTACKER, Optional.empty())).isNotNull();
        }
    }

    @Test
    void restoreAdmin_givesBackAnEnabledAdminWithANewPassword() throws Exception {
        add("root", "admin");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pcmops.db"));
             Statement statement = c.createStatement()) {
            statement.executeUpdate("UPDATE users SET roles = 'viewer', disabled = 1");
        }

        CliHarness.Result restored = new CliHarness(dir).stdin("rescued-Password-1\n").run("users",
                "restore-admin", "root", "--password");

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("restored admin root (admin,viewer, enabled)");
        try (Pcmops pcm = library()) {
            assertThat(pcm.sessions().signIn("root", "rescued-Password-1", "127.0.0.1", Optional.empty()).actor()
                    .rights()).contains(Right.ADMINISTER);
        }
    }

    @Test
    void restoreAdmin_ofAMissingUserWithoutPassword_exitsTwo() {
        CliHarness.Result result = new CliHarness(dir).run("users", "restore-admin", "ghost");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("does not exist");
    }
}
