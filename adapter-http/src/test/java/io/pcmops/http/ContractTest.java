package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.Schemathesis;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.http.testing.TestApp;
import io.pcmops.model.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API keeps its OpenAPI contract: schemathesis, driven by the document the server serves, sends seeded,
 * time-bounded generated requests to every operation of a fresh server as an admin with an API token (valid and
 * invalid data, undeclared methods, missing and wrong credentials, sequences that reuse what earlier answers
 * returned). Any 5xx, response that violates its schema, undocumented status, schema-valid request refused,
 * schema-violating request accepted, or undeclared method not answered 405 fails the test. What the fuzzer may not
 * touch (its own token and user, settings that would run code here or reach other hosts) is pinned, with reasons,
 * in {@code contract/schemathesis.toml}.
 */
class ContractTest extends ServerTestBase {

    private static final long SECONDS = Long.getLong("pcmops.contract.seconds", 100);
    private static final String SEED = System.getProperty("pcmops.contract.seed", "20261206");

    static final TestApp APP = TestApp.inMemory(settings -> settings.withLogin(new ServerSettings.LoginPolicy(1000,
            1000, Duration.ofMinutes(1), 1000, Duration.ofMinutes(1))), Map.of("targets", "20"));

    @Test
    void everyOperation_keepsTheDocumentedContract() throws IOException {
        Schemathesis schemathesis = Schemathesis.require();
        Path work = Files.createDirectories(Path.of("target", "contract")).toAbsolutePath();
        Path document = work.resolve("openapi.yaml");
        Files.write(document, signedIn("admin").get("/openapi").body().getBytes());
        Path config = copy("/contract/schemathesis.toml", work.resolve("schemathesis.toml"));
        Path output = work.resolve("schemathesis.txt");
        Path report = work.resolve("report.json");

        String token = token("admin");
        int exit = schemathesis.run(config, List.of(document.toString(), "--url", "http://127.0.0.1:" + port(),
                        "--checks", "all", "--seed", SEED, "--max-time", Long.toString(SECONDS),
                        "--report", "json", "--report-json-path", report.toString()),
                Map.of("PCMOPS_CONTRACT_TOKEN", token, "PCMOPS_CONTRACT_DECOY_TOKEN", decoyToken()),
                output, SECONDS + 180);

        String text = Schemathesis.read(output);
        JsonNode figures = new ObjectMapper().readTree(report.toFile());
        System.out.println("contract test: " + figures.path("test_cases") + ", failures " + figures.path("failures")
                + ", errors " + figures.path("errors") + "\n" + summary(text));
        assertThat(exit).as("schemathesis failed; its output is in " + output + ":\n" + tail(text)).isZero();
        assertThat(figures.path("failures")).as("failures by kind").isEmpty();
        assertThat(figures.path("errors")).as("errors").isEmpty();
        assertThat(figures.path("test_cases").path("generated").asInt()).as("test cases").isGreaterThan(500);
        assertThat(figures.path("operations").path("tested").asInt()).as("operations tested")
                .isEqualTo(figures.path("operations").path("total").asInt());
        assertStillInCharge(token);
    }

    /** The fuzzer must not have locked itself out: its token still works and its user is still an admin. */
    private void assertStillInCharge(String token) {
        ApiClient.Reply me = anonymous().bearer(token).get("/api/v1/auth/me");
        assertThat(me.code()).as("the fuzzer's token still works").isEqualTo(200);
        assertThat(me.body()).contains("\"roles\":[\"admin\"]", "\"disabled\":false");
    }

    private String token(String user) {
        String body = signedIn(user).post("/api/v1/tokens", "{\"name\":\"contract\",\"expiresInDays\":1}").body();
        return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private String decoyToken() {
        APP.user("contract-decoy", "decoy-Pa55word-for-tests", Role.VIEWER);
        ApiClient decoy = anonymous().login("contract-decoy", "decoy-Pa55word-for-tests");
        String body = decoy.post("/api/v1/tokens", "{\"name\":\"decoy\",\"expiresInDays\":1}").body();
        return body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    private static Path copy(String resource, Path target) throws IOException {
        try (InputStream in = ContractTest.class.getResourceAsStream(resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static String summary(String text) {
        int start = text.lastIndexOf("SUMMARY");
        return start < 0 ? tail(text) : text.substring(start);
    }

    private static String tail(String text) {
        return text.length() <= 20_000 ? text : text.substring(text.length() - 20_000);
    }
}
