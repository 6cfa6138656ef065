package io.pcmops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.ForbiddenException;
import io.pcmops.Pcmops;
import io.pcmops.internal.local.LocalProvider;
import io.pcmops.model.Right;
import io.pcmops.model.Role;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunRequest;
import io.pcmops.model.RunStatus;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import io.pcmops.model.UserChange;
import io.pcmops.testkit.Runs;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running on the {@code local} provider is an admin-level right an admin may grant to operators; the host has it. */
class LocalRightTest {

    @TempDir
    Path dir;

    private static RunRequest local() {
        return RunRequest.onSelector(Selector.builder().provider("local").build(),
                ScriptChoice.inline(ScriptLanguage.SHELL, "echo hi")).withOptions(RunOptions.defaults());
    }

    @Test
    void operator_withoutTheGrant_canNeitherPlanNorRunOnLocal() {
        try (UserFixture app = new UserFixture(dir, new LocalProvider())) {
            app.user("olga", Role.OPERATOR);
            Pcmops operator = app.as("olga");

            assertThatThrownBy(() -> operator.runs().start(local()).join()).hasRootCauseInstanceOf(
                    ForbiddenException.class).rootCause().hasMessageContaining("run-local");
            assertThatThrownBy(() -> operator.plans().create(Selector.builder().provider("local").build()).join())
                    .hasRootCauseInstanceOf(ForbiddenException.class);
            assertThat(app.pcm.runs().list(io.pcmops.model.RunQuery.latest()).items()).isEmpty();
        }
    }

    @Test
    void operator_grantedRunLocal_andAdmins_andTheHost_runOnLocal() {
        try (UserFixture app = new UserFixture(dir, new LocalProvider())) {
            app.user("root", Role.ADMIN);
            app.user("olga", Role.OPERATOR);
            app.as("root").users().update("olga", UserChange.grants(Set.of(Right.RUN_LOCAL)));

            for (Pcmops caller : new Pcmops[] {app.as("olga"), app.as("root"), app.pcm}) {
                assertThat(Runs.finish(caller, caller.runs().start(local()).join()).status())
                        .isEqualTo(RunStatus.SUCCEEDED);
            }
        }
    }
}
