package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.http.config.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production start-up path with TLS configured: HTTPS answers and the session cookie is Secure. */
class TlsServerTest {

    @TempDir
    Path dir;

    @Test
    void start_withTlsConfigured_servesHttpsAndSecureCookies() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "pcmops", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).isZero();
        Path yaml = dir.resolve("tls.yaml");
        Files.writeString(yaml, "server:\n  port: 0\n  tls:\n    private-key:\n      keystore:\n        resource:\n"
                + "          path: " + keystore + "\n        passphrase: changeit\n        key:\n          alias: pcmops\n");

        try (PcmopsServer server = PcmopsServer.start(ServerConfig.load(Map.of("PCMOPS_CONFIG", yaml.toString(),
                "PCMOPS_DATA_DIR", dir.resolve("data").toString(), "PCMOPS_ADMIN_PASSWORD", "tls-Admin-Password-1")))) {
            HttpClient client = HttpClient.newBuilder().sslContext(trustAll()).build();
            String base = "https://127.0.0.1:" + server.port();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"admin\",\"password\":\"tls-Admin-Password-1\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(server.secure()).isTrue();
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly",
                    "SameSite=Strict");
        }
    }

    private static SSLContext trustAll() throws Exception {
        TrustManager trust = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trust}, null);
        return context;
    }
}
