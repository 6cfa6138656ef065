package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.config.Config;
import io.pcmops.Pcmops;
import io.pcmops.http.config.ServerConfig;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.inject.HttpComponent;
import io.pcmops.http.security.AccountService;
import io.pcmops.model.User;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First start, configuration from the environment, and the local provider's default. */
class BootstrapTest {

    @TempDir
    Path dir;

    @Test
    void ensureAdmin_withoutPassword_writesRandomOneToOwnerOnlyFileAndForcesChange() throws Exception {
        try (Pcmops pcm = TestLibraries.open(dir)) {
            HttpComponent component = HttpComponent.create(pcm, ServerSettings.defaults(dir));

            assertThat(component.bootstrap().ensureAdmin()).isTrue();

            Path file = dir.resolve(AccountService.INITIAL_PASSWORD_FILE);
            String password = Files.readString(file).trim();
            assertThat(password).hasSizeGreaterThanOrEqualTo(40);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            User admin = pcm.users().find("admin").orElseThrow();
            assertThat(admin.mustChangePassword()).isTrue();
            assertThat(component.hasher().verify(password, pcm.users().passwordHash(admin.id()).orElseThrow())).isTrue();
            assertThat(component.bootstrap().ensureAdmin()).isFalse();
            assertThat(pcm.users().list()).hasSize(1);
        }
    }

    @Test
    void ensureAdmin_withConfiguredPassword_createsNoFile() {
        try (Pcmops pcm = TestLibraries.open(dir)) {
            Config config = ServerConfig.load(Map.of("PCMOPS_ADMIN_PASSWORD", "configured-Password-1",
                    "PCMOPS_DATA_DIR", dir.toString()));
            HttpComponent component = HttpComponent.create(pcm, ServerSettings.from(config));

            component.bootstrap().ensureAdmin();

            User admin = pcm.users().find("admin").orElseThrow();
            assertThat(admin.mustChangePassword()).isFalse();
            assertThat(Files.exists(dir.resolve(AccountService.INITIAL_PASSWORD_FILE))).isFalse();
        }
    }

    @Test
    void load_withEnvironment_mapsPcmopsVariablesOverTheDefaults() {
        Config config = ServerConfig.load(Map.of("PCMOPS_PORT", "9123", "PCMOPS_DATA_DIR", "/srv/pcmops",
                "PCMOPS_ENABLE_LOCAL", "true"));
        Config defaults = ServerConfig.load(Map.of());

        assertThat(config.get("server.port").asInt().get()).isEqualTo(9123);
        assertThat(defaults.get("server.port").asInt().get()).isEqualTo(8500);
        assertThat(defaults.get("server.host").asString().get()).isEqualTo("127.0.0.1");
        ServerSettings settings = ServerSettings.from(config);
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/srv/pcmops"));
        assertThat(settings.enableLocal()).contains(true);
        assertThat(ServerSettings.from(defaults).enableLocal()).isEmpty();
        assertThat(ServerSettings.from(defaults).secureCookies()).isFalse();
    }

    @Test
    void from_withTlsSection_marksCookiesSecure() throws Exception {
        Path yaml = dir.resolve("tls.yaml");
        Files.writeString(yaml, "server:\n  tls:\n    private-key:\n      keystore:\n        resource:\n"
                + "          path: /etc/pcmops/server.p12\n");

        ServerSettings settings = ServerSettings.from(ServerConfig.load(Map.of("PCMOPS_CONFIG", yaml.toString())));

        assertThat(settings.secureCookies()).isTrue();
    }

    @Test
    void library_withEnableLocalFalse_keepsLocalOffWhatever_itsStoredSetting() {
        Path data = dir.resolve("data");
        try (Pcmops pcm = PcmopsServer.library(ServerSettings.from(ServerConfig.load(Map.of("PCMOPS_DATA_DIR",
                data.toString(), "PCMOPS_ENABLE_LOCAL", "true"))))) {
            assertThat(pcm.providerEnabled("local")).isTrue();
            pcm.settings().put("local", "enabled", "true");
        }
        ServerSettings forcedOff = ServerSettings.from(ServerConfig.load(Map.of("PCMOPS_DATA_DIR", data.toString(),
                "PCMOPS_ENABLE_LOCAL", "false")));
        try (Pcmops pcm = PcmopsServer.library(forcedOff)) {
            assertThat(pcm.providerEnabled("local")).isFalse();
            assertThatThrownBy(() -> pcm.settings().put("local", "enabled", "true")).hasMessageContaining("fixed");
        }
    }

    @Test
    void from_withEnableLocalNeitherTrueNorFalse_refusesToStart() {
        Config config = ServerConfig.load(Map.of("PCMOPS_ENABLE_LOCAL", "yes"));
        assertThatThrownBy(() -> ServerSettings.from(config)).hasMessage(
                "PCMOPS_ENABLE_LOCAL must be true or false, not 'yes'");
    }

    @Test
    void library_withLocalNotEnabled_keepsLocalProviderOff() {
        ServerSettings settings = ServerSettings.defaults(dir.resolve("data"));
        try (Pcmops pcm = PcmopsServer.library(settings)) {
            assertThat(pcm.providerEnabled("local")).isFalse();
        }
    }
}
