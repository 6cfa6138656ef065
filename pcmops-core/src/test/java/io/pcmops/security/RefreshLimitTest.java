package io.pcmops.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.model.Role;
import io.pcmops.model.Selector;
import io.pcmops.model.TargetListing;
import io.pcmops.testkit.SilentProvider;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Viewers cannot force a full re-inventory of the fleet more than once a minute; operators can. */
class RefreshLimitTest {

    @TempDir
    Path dir;

    @Test
    void viewers_forceAtMostOneRefreshAMinute_betweenThemAll() {
        SilentProvider provider = new SilentProvider();
        try (UserFixture app = new UserFixture(dir, provider)) {
            app.user("vic", Role.VIEWER);
            app.user("val", Role.VIEWER);
            Selector all = Selector.builder().provider("silent").build();

            app.as("vic").targets().list(all, true).join();
            TargetListing second = app.as("val").targets().list(all, true).join();
            app.as("vic").targets().list(all, true).join();

            assertThat(provider.refreshes()).isEqualTo(1);
            assertThat(second.targets()).isNotEmpty();
            assertThat(second.warnings()).anySatisfy(w -> assertThat(w).contains("once a minute"));
            app.clock.advance(Duration.ofSeconds(61));
            app.as("val").targets().list(all, true).join();
            assertThat(provider.refreshes()).isEqualTo(2);
        }
    }

    @Test
    void operators_refreshWheneverTheyAsk() {
        SilentProvider provider = new SilentProvider();
        try (UserFixture app = new UserFixture(dir, provider)) {
            app.user("olga", Role.OPERATOR);
            Selector all = Selector.builder().provider("silent").build();

            for (int i = 0; i < 3; i++) {
                app.as("olga").targets().list(all, true).join();
            }

            assertThat(provider.refreshes()).isEqualTo(3);
        }
    }
}
