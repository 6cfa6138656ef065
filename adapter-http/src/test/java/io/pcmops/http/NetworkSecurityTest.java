package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.pcmops.http.config.ServerConfig;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.security.BindCheck;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.http.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The allowed-Host list, HSTS only under TLS, and no listening beyond loopback without TLS unless allowed. */
class NetworkSecurityTest extends ServerTestBase {

    private static final TestApp APP = TestApp.create(settings -> settings.withNetwork(
            new ServerSettings.Network(false, false, List.of(), List.of("pcmops.example", "127.0.0.1"))), Map.of());

    @TempDir
    Path dir;

    private int statusWithHost(String host) {
        try (Http1ClientResponse response = client().get("/health").header(HeaderNames.HOST, host).request()) {
            return response.status().code();
        }
    }

    @Test
    void host_notInTheAllowedList_isRefusedWith400() {
        assertThat(statusWithHost("evil.example")).isEqualTo(400);
        assertThat(statusWithHost("pcmops.example:8500")).isEqualTo(200);
        assertThat(statusWithHost("127.0.0.1:" + port())).isEqualTo(200);
    }

    @Test
    void hsts_isNotSentWithoutTls() {
        assertThat(anonymous().get("/health").header("Strict-Transport-Security")).isNull();
    }

    @Test
    void bind_beyondLoopbackWithoutTls_isRefusedUnlessAllowed() {
        ServerSettings.Network plain = ServerSettings.Network.plain();

        assertThatThrownBy(() -> BindCheck.check("0.0.0.0", plain)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PCMOPS_ALLOW_INSECURE_BIND");
        BindCheck.check("127.0.0.1", plain);
        BindCheck.check("localhost", plain);
        BindCheck.check("0.0.0.0", new ServerSettings.Network(false, true, List.of(), List.of()));
        BindCheck.check("0.0.0.0", new ServerSettings.Network(true, false, List.of(), List.of()));
    }

    @Test
    void start_onAnOpenAddressWithoutTls_failsBeforeOpeningTheStore() {
        Path data = dir.resolve("data");

        assertThatThrownBy(() -> PcmopsServer.start(ServerConfig.load(Map.of("PCMOPS_HOST", "0.0.0.0",
                "PCMOPS_PORT", "0", "PCMOPS_DATA_DIR", data.toString())))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without TLS");
        assertThat(Files.exists(data)).isFalse();
    }
}
