package io.pcmops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.ConflictException;
import io.pcmops.ForbiddenException;
import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.EndedSessions;
import io.pcmops.model.NewUser;
import io.pcmops.model.Right;
import io.pcmops.model.Role;
import io.pcmops.model.SignedIn;
import io.pcmops.model.UserChange;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of user management, the same for every adapter because the library keeps them. */
class UsersTest {

    @TempDir
    Path dir;

    private UserFixture app;

    @BeforeEach
    void open() {
        app = new UserFixture(dir);
        app.user("root", Role.ADMIN);
        app.user("olga", Role.OPERATOR);
        app.user("vic", Role.VIEWER);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void create_withoutRole_isRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> app.pcm.users().create(new NewUser("nobody", "nobody-Password-1", Set.of(),
                Set.of(), false))).isInstanceOf(InvalidRequestException.class).hasMessageContaining("at least one role");
        assertThat(app.pcm.users().list()).extracting(u -> u.username()).doesNotContain("nobody");
    }

    @Test
    void update_removingEveryRole_isRefused() {
        assertThatThrownBy(() -> app.as("root").users().update("olga", UserChange.roles(Set.of())))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void disable_yourself_isRefused() {
        app.user("second", Role.ADMIN);

        assertThatThrownBy(() -> app.as("root").users().update("root", UserChange.disabled(true)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("cannot disable yourself");
    }

    @Test
    void disable_endsTheUsersSessionsAndTellsListeners() throws Exception {
        SignedIn olga = app.signIn("olga", "10.0.0.1");
        List<EndedSessions> ended = new CopyOnWriteArrayList<>();
        try (AutoCloseable listening = app.pcm.sessions().onEnded(ended::add)) {
            app.as("root").users().update("olga", UserChange.disabled(true));
        }

        assertThat(app.pcm.sessions().resume(olga.secret())).isEmpty();
        assertThat(ended).anySatisfy(e -> {
            assertThat(e.userId()).isEqualTo(olga.user().id());
            assertThat(e.allOfUser()).isTrue();
            assertThat(e.sessionIds()).contains(olga.session().id());
        });
    }

    @Test
    void demote_theOnlyAdmin_isRefusedWhoeverAsks() {
        assertThatThrownBy(() -> app.as("root").users().update("root", UserChange.roles(Set.of(Role.OPERATOR))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("last enabled admin");
        assertThatThrownBy(() -> app.pcm.users().update("root", UserChange.roles(Set.of(Role.VIEWER))))
                .isInstanceOf(ConflictException.class);

        assertThat(app.pcm.users().get("root").roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void disableOrDelete_theOnlyAdmin_isRefused() {
        assertThatThrownBy(() -> app.pcm.users().update("root", UserChange.disabled(true)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> app.pcm.users().delete("root")).isInstanceOf(ConflictException.class);

        assertThat(app.pcm.users().get("root").enabledAdmin()).isTrue();
    }

    @Test
    void demote_anAdmin_whenAnotherRemains_isAllowedAndAudited() {
        app.user("second", Role.ADMIN);

        app.as("second").users().update("root", UserChange.roles(Set.of(Role.OPERATOR)));

        assertThat(app.pcm.users().get("root").roles()).containsExactly(Role.OPERATOR);
        assertThat(app.pcm.audit().list(new AuditQuery("second", "user.update", null, null)).items())
                .extracting(AuditEvent::subject).contains("root");
    }

    @Test
    void manage_withoutAdminRight_isForbidden() {
        Pcmops operator = app.as("olga");

        assertThatThrownBy(() -> operator.users().list()).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> operator.users().update("vic", UserChange.roles(Set.of(Role.ADMIN))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(operator.users().get("olga").username()).isEqualTo("olga");
        assertThatThrownBy(() -> operator.users().get("vic")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void grant_runLocal_onlyToOperatorsAndAdmins() {
        Pcmops admin = app.as("root");

        admin.users().update("olga", UserChange.grants(Set.of(Right.RUN_LOCAL)));

        assertThat(app.pcm.users().get("olga").rights()).contains(Right.RUN_LOCAL);
        assertThatThrownBy(() -> admin.users().update("vic", UserChange.grants(Set.of(Right.RUN_LOCAL))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("operators and admins");
        assertThatThrownBy(() -> admin.users().update("olga", UserChange.roles(Set.of(Role.VIEWER))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("change roles and grants together");
        assertThatThrownBy(() -> admin.users().update("vic", new UserChange(Set.of(Role.VIEWER), null, null,
                Set.of(Right.RUN_LOCAL)))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("operators and admins");
        assertThatThrownBy(() -> admin.users().update("olga", UserChange.grants(Set.of(Right.ADMINISTER))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("cannot be granted");
    }

    @Test
    void reset_ofYourOwnPassword_isRefused_changeNeedsTheCurrentOne() {
        assertThatThrownBy(() -> app.as("root").users().update("root", UserChange.password("other-Password-123")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("current one");
        assertThatThrownBy(() -> app.as("root").users().changePassword("wrong-Password-1", "other-Password-123"))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("current password is wrong");
    }

    @Test
    void restoreAdmin_isForTheHostOnly() {
        assertThatThrownBy(() -> app.as("root").users().restoreAdmin("olga", null))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("pcmops users restore-admin");
    }
}
