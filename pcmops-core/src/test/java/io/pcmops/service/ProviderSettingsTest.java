package io.pcmops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.internal.local.LocalProvider;
import io.pcmops.model.AuditQuery;
import io.pcmops.spi.SettingSpec;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderSettingsTest {

    @TempDir
    Path dir;

    @Test
    void put_ofEnabled_acceptsOnlyTrueOrFalse() {
        try (Pcmops pcm = TestLibraries.open(dir, new LocalProvider())) {
            for (String bad : new String[] {"yes", "1", "", "off", "falsey"}) {
                assertThatThrownBy(() -> pcm.settings().put("local", "enabled", bad))
                        .isInstanceOf(InvalidRequestException.class)
                        .hasMessageContaining("setting 'enabled' must be true or false");
            }
            pcm.settings().put("local", "enabled", "FALSE");
            assertThat(pcm.settings().get("local")).containsEntry("enabled", "false");
            assertThat(pcm.providerEnabled("local")).isFalse();
            pcm.settings().put("local", "enabled", "true");
            assertThat(pcm.providerEnabled("local")).isTrue();
        }
    }

    @Test
    void put_outOfRangeOrUndeclared_isRefusedNamingTheSetting() {
        try (Pcmops pcm = TestLibraries.open(dir, new LocalProvider())) {
            assertThatThrownBy(() -> pcm.settings().put("local", "maxOutputBytes", "-1"))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("setting 'maxOutputBytes' must be a whole number from 1024 to 67108864, "
                            + "not '-1'");
            assertThatThrownBy(() -> pcm.settings().put("local", "maxOutputBytes", "lots"))
                    .hasMessageContaining("maxOutputBytes");
            assertThatThrownBy(() -> pcm.settings().put("local", "colour", "blue"))
                    .hasMessageContaining("provider 'local' has no setting 'colour'; its settings are: enabled, "
                            + "maxOutputBytes");
            assertThat(pcm.settings().get("local")).doesNotContainKey("maxOutputBytes");
            assertThat(pcm.settings().declared("local")).extracting(SettingSpec::key)
                    .containsExactly("enabled", "maxOutputBytes");
        }
    }

    @Test
    void putAll_withOneBadValue_storesNone() {
        try (Pcmops pcm = TestLibraries.open(dir, StubProvider.builder().build(), new LocalProvider())) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("maxOutputBytes", "4096");
            values.put("enabled", "maybe");
            long before = pcm.audit().list(AuditQuery.latest()).total();

            assertThatThrownBy(() -> pcm.settings().putAll("local", values))
                    .hasMessageContaining("setting 'enabled'");
            assertThat(pcm.settings().get("local")).isEmpty();
            assertThat(pcm.audit().list(AuditQuery.latest()).total()).isEqualTo(before);
        }
    }

    @Test
    void fixedSetting_winsOverTheStoreAndCannotBeChanged() {
        try (Pcmops pcm = TestLibraries.open(dir, new LocalProvider())) {
            pcm.settings().put("local", "enabled", "true");
        }
        try (Pcmops pcm = TestLibraries.builder(dir, new LocalProvider())
                .fixedSettings("local", Map.of("enabled", "false")).build()) {
            assertThat(pcm.providerEnabled("local")).isFalse();
            assertThatThrownBy(() -> pcm.settings().put("local", "enabled", "true"))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("fixed");
            assertThatThrownBy(() -> pcm.settings().remove("local", "enabled")).hasMessageContaining("fixed");
        }
    }

    @Test
    void storedValuesFromBeforeChecks_failClosedForEnabledAndFallBackToDefaultsOtherwise() throws Exception {
        try (Pcmops pcm = TestLibraries.open(dir, new LocalProvider())) {
            pcm.settings().put("local", "enabled", "true");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pcmops.db"));
             Statement statement = c.createStatement()) {
            statement.executeUpdate("UPDATE provider_settings SET value = 'yes' WHERE key = 'enabled'");
        }
        try (Pcmops pcm = TestLibraries.open(dir, new LocalProvider())) {
            assertThat(pcm.providerEnabled("local")).isFalse();
        }
    }

    @Test
    void builderDefaults_areCheckedWhenBuilt() {
        assertThatThrownBy(() -> TestLibraries.builder(dir, new LocalProvider())
                .providerDefaults("local", Map.of("maxOutputBytes", "-1")).build())
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("maxOutputBytes");
    }
}
