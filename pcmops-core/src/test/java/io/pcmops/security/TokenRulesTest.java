package io.pcmops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.ForbiddenException;
import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.model.Authenticated;
import io.pcmops.model.CreatedToken;
import io.pcmops.model.NewToken;
import io.pcmops.model.Right;
import io.pcmops.model.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A token never mints a token that outlives it or has more rights than it. */
class TokenRulesTest {

    @TempDir
    Path dir;

    @Test
    void token_cannotMintALongerLivedToken() {
        try (UserFixture app = new UserFixture(dir)) {
            app.user("olga", Role.OPERATOR);
            CreatedToken shortLived = app.as("olga").tokens().create(new NewToken("short", Duration.ofDays(2), null));
            Pcmops viaToken = app.pcm.actingAs(actor(app, shortLived));

            assertThatThrownBy(() -> viaToken.tokens().create(new NewToken("longer", Duration.ofDays(30), null)))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("cannot outlive");
            assertThat(viaToken.tokens().create(new NewToken("shorter", Duration.ofDays(1), null)).token().expiresAt())
                    .isBefore(shortLived.token().expiresAt());
        }
    }

    @Test
    void token_cannotMintATokenWithMoreRights() {
        try (UserFixture app = new UserFixture(dir)) {
            app.user("olga", Role.OPERATOR);
            CreatedToken readOnly = app.as("olga").tokens().create(new NewToken("read", null, Set.of(Right.READ)));
            Pcmops viaToken = app.pcm.actingAs(actor(app, readOnly));

            assertThat(viaToken.actor().rights()).containsExactly(Right.READ);
            assertThatThrownBy(() -> viaToken.tokens().create(new NewToken("more", null, Set.of(Right.OPERATE))))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("operate");
            assertThat(viaToken.tokens().create(new NewToken("same", Duration.ofDays(1), null)).token().rights())
                    .containsExactly(Right.READ);
        }
    }

    @Test
    void session_cannotMintRightsTheUserLacks_norTokensLastingOverAYear() {
        try (UserFixture app = new UserFixture(dir)) {
            app.user("vic", Role.VIEWER);
            Pcmops viewer = app.as("vic");

            assertThatThrownBy(() -> viewer.tokens().create(new NewToken("x", null, Set.of(Right.ADMINISTER))))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> viewer.tokens().create(new NewToken("x", Duration.ofDays(366), null)))
                    .isInstanceOf(InvalidRequestException.class);
        }
    }

    private static io.pcmops.model.Actor actor(UserFixture app, CreatedToken token) {
        return app.pcm.tokens().authenticate(token.secret()).map(Authenticated::actor).orElseThrow();
    }
}
