package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.http.config.ServerConfig;
import io.pcmops.testkit.SmallFilesystem;
import io.pcmops.testkit.Waits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server whose data directory's disk fills up (a small tmpfs) reports its store DOWN while writes fail. */
class FullDiskHealthTest {

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void health_whileTheStoreCannotBeWritten_isDownAndRecoversWithSpace() throws Exception {
        try (SmallFilesystem disk = SmallFilesystem.mount(dir.resolve("disk"), 16);
             PcmopsServer server = PcmopsServer.start(ServerConfig.load(Map.of("PCMOPS_PORT", "0",
                     "PCMOPS_DATA_DIR", disk.root().resolve("data").toString(),
                     "PCMOPS_ADMIN_PASSWORD", "disk-Admin-Password-1")))) {
            String base = "http://127.0.0.1:" + server.port();
            assertThat(get(base + "/health").statusCode()).isEqualTo(200);

            Path filler = disk.fill();
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"admin\",\"password\":\"disk-Admin-Password-1\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> health = get(base + "/health");

            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"store\":\"DOWN\"");

            Files.delete(filler);
            Waits.until(Duration.ofSeconds(30), "/health up again", () -> get(base + "/health").statusCode() == 200);
        }
    }

    private HttpResponse<String> get(String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("GET " + url + " failed: " + e, e);
        }
    }
}
