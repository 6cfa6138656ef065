package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.config.Config;
import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.http.config.ServerConfig;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.inject.HttpComponent;
import io.pcmops.http.security.InitialPassword;
import io.pcmops.model.NewUser;
import io.pcmops.model.Role;
import io.pcmops.model.User;
import io.pcmops.testkit.OsAccountsForTests;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
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

            Path file = dir.resolve(InitialPassword.FILE);
            String password = Files.readString(file).trim();
            assertThat(password).hasSizeGreaterThanOrEqualTo(40);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            User admin = pcm.users().get("admin");
            assertThat(admin.mustChangePassword()).isTrue();
            assertThat(pcm.sessions().signIn("admin", password, "127.0.0.1", Optional.empty()).user().id())
                    .isEqualTo(admin.id());
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

            User admin = pcm.users().get("admin");
            assertThat(admin.mustChangePassword()).isFalse();
            assertThat(Files.exists(dir.resolve(InitialPassword.FILE))).isFalse();
        }
    }

    @Test
    void ensureAdmin_withNoEnabledAdminLeft_restoresAdminWithTheConfiguredPassword() throws Exception {
        try (Pcmops pcm = TestLibraries.open(dir)) {
            pcm.users().create(NewUser.of("admin", "old-Admin-Password-1", Role.ADMIN));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pcmops.db"));
                 Statement statement = c.createStatement()) {
                statement.executeUpdate("UPDATE users SET roles = 'viewer', disabled = 1");
            }
            Config config = ServerConfig.load(Map.of("PCMOPS_ADMIN_PASSWORD", "restored-Password-1",
                    "PCMOPS_DATA_DIR", dir.toString()));

            assertThat(HttpComponent.create(pcm, ServerSettings.from(config)).bootstrap().ensureAdmin()).isTrue();

            assertThat(pcm.users().get("admin").enabledAdmin()).isTrue();
            assertThat(pcm.sessions().signIn("admin", "restored-Password-1", "127.0.0.1", Optional.empty()))
                    .isNotNull();
        }
    }

    @Test
    void ensureAdmin_withAnEnabledAdmin_leavesUsersAsTheyAre() {
        try (Pcmops pcm = TestLibraries.open(dir)) {
            pcm.users().create(NewUser.of("admin", "kept-Admin-Password-1", Role.ADMIN).withMustChangePassword(false));
            Config config = ServerConfig.load(Map.of("PCMOPS_ADMIN_PASSWORD", "other-Password-123",
                    "PCMOPS_DATA_DIR", dir.toString()));

            assertThat(HttpComponent.create(pcm, ServerSettings.from(config)).bootstrap().ensureAdmin()).isFalse();

            assertThat(pcm.sessions().signIn("admin", "kept-Admin-Password-1", "127.0.0.1", Optional.empty()))
                    .isNotNull();
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
        ServerSettings.Network network = ServerSettings.from(ServerConfig.load(Map.of("PCMOPS_TRUSTED_PROXIES",
                "10.0.0.1, 192.168.0.0/16", "PCMOPS_ALLOWED_HOSTS", "pcmops.example", "PCMOPS_ALLOW_INSECURE_BIND",
                "true"))).network();
        assertThat(network.trustedProxies()).containsExactly("10.0.0.1", "192.168.0.0/16");
        assertThat(network.allowedHosts()).containsExactly("pcmops.example");
        assertThat(network.allowInsecureBind()).isTrue();
        assertThat(ServerSettings.from(defaults).network().allowInsecureBind()).isFalse();
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
    void library_localEnabledAsRootWithoutRunAs_isRefusedAndWithRunAsRunsAsIt() {
        OsAccountsForTests.assumeCanSwitchAccounts();
        Path data = dir.resolve("data");
        ServerSettings bare = ServerSettings.from(ServerConfig.load(Map.of("PCMOPS_ENABLE_LOCAL", "true",
                "PCMOPS_DATA_DIR", data.toString())));
        ServerSettings withRunAs = ServerSettings.from(ServerConfig.load(Map.of("PCMOPS_ENABLE_LOCAL", "true",
                "PCMOPS_DATA_DIR", data.toString(), "PCMOPS_LOCAL_RUN_AS", "nobody")));

        assertThatThrownBy(() -> PcmopsServer.library(bare)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("PCMOPS_LOCAL_RUN_AS");
        try (Pcmops pcm = PcmopsServer.library(withRunAs)) {
            assertThat(pcm.providerEnabled("local")).isTrue();
            assertThat(pcm.settings().get("local")).containsEntry("runAs", "nobody");
        }
    }

    @Test
    void library_withEnableLocalFalse_keepsLocalOffWhatever_itsStoredSetting() {
        Path data = dir.resolve("data");
        try (Pcmops pcm = PcmopsServer.library(ServerSettings.from(ServerConfig.load(Map.of("PCMOPS_DATA_DIR",
                data.toString(), "PCMOPS_ENABLE_LOCAL", "true", "PCMOPS_LOCAL_RUN_AS", "nobody"))))) {
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
