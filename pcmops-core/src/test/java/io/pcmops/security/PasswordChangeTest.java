package io.pcmops.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.model.CreatedToken;
import io.pcmops.model.NewToken;
import io.pcmops.model.PasswordChanged;
import io.pcmops.model.Role;
import io.pcmops.model.SignedIn;
import io.pcmops.model.UserChange;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A password change cuts off whoever held the old password: other sessions end and tokens are revoked. */
class PasswordChangeTest {

    @TempDir
    Path dir;

    @Test
    void changePassword_endsOtherSessions_revokesTokens_andSaysWhich() {
        try (UserFixture app = new UserFixture(dir)) {
            app.user("root", Role.ADMIN);
            SignedIn here = app.signIn("root", "10.0.0.1");
            SignedIn elsewhere = app.signIn("root", "10.0.0.2");
            Pcmops root = app.pcm.actingAs(here.actor());
            CreatedToken token = root.tokens().create(new NewToken("ci", null, null));

            PasswordChanged changed = root.users().changePassword(UserFixture.password("root"), "root-Password-2");

            assertThat(changed.endedSessions()).isEqualTo(1);
            assertThat(changed.revokedTokens()).extracting(t -> t.id()).containsExactly(token.token().id());
            assertThat(app.pcm.sessions().resume(elsewhere.secret())).isEmpty();
            assertThat(app.pcm.sessions().resume(here.secret())).isPresent();
            assertThat(app.pcm.tokens().authenticate(token.secret())).isEmpty();
            assertThat(app.pcm.sessions().signIn("root", "root-Password-2", "10.0.0.3", Optional.empty()))
                    .isNotNull();
        }
    }

    @Test
    void adminReset_ofAnotherUser_endsTheirSessionsAndForcesAChange() {
        try (UserFixture app = new UserFixture(dir)) {
            app.user("root", Role.ADMIN);
            app.user("olga", Role.OPERATOR);
            SignedIn olga = app.signIn("olga", "10.0.0.1");

            app.as("root").users().update("olga", UserChange.password("reset-Password-123"));

            assertThat(app.pcm.sessions().resume(olga.secret())).isEmpty();
            assertThat(app.pcm.users().get("olga").mustChangePassword()).isTrue();
        }
    }
}
