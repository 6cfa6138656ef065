package io.pcmops.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.model.Right;
import io.pcmops.model.Role;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Break-glass on the host: an installation left without an enabled admin gets one back. */
class RestoreAdminTest {

    @TempDir
    Path dir;

    @Test
    void restoreAdmin_ofADemotedAndDisabledLastAdmin_makesThemAnEnabledAdminWithANewPassword() throws Exception {
        try (UserFixture app = new UserFixture(dir)) {
            app.user("root", Role.ADMIN);
            leaveWithoutAdmin();

            app.pcm.users().restoreAdmin("root", "restored-Password-1");

            assertThat(app.pcm.users().get("root").enabledAdmin()).isTrue();
            assertThat(app.pcm.sessions().signIn("root", "restored-Password-1", "10.0.0.1",
                    java.util.Optional.empty()).actor().rights()).contains(Right.ADMINISTER);
        }
    }

    @Test
    void restoreAdmin_ofAMissingUser_createsIt() {
        try (UserFixture app = new UserFixture(dir)) {
            app.pcm.users().restoreAdmin("rescue", "rescue-Password-1");

            assertThat(app.pcm.users().get("rescue").enabledAdmin()).isTrue();
            assertThat(app.pcm.users().get("rescue").mustChangePassword()).isFalse();
        }
    }

    private void leaveWithoutAdmin() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pcmops.db"));
             Statement statement = c.createStatement()) {
            statement.executeUpdate("UPDATE users SET roles = 'viewer', disabled = 1");
        }
    }
}
