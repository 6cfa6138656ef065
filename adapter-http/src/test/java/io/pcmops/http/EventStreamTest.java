package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.http.testing.TestApp;
import io.pcmops.testkit.Waits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Live event streams are capped per user and end with the session that opened them. */
class EventStreamTest extends ServerTestBase {

    private static final TestApp APP = TestApp.create(settings -> settings.withStreamsPerUser(2)
            .withLogin(new ServerSettings.LoginPolicy(1000, Duration.ofMinutes(1))), Map.of("enabled", "true"));

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<Stream<String>> open(ApiClient api, String runId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/api/v1/runs/"
                + runId + "/events")).header("Cookie", api.cookie()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofLines());
    }

    private String longRun(ApiClient api) {
        return api.post("/api/v1/runs", "{\"selector\":{\"provider\":\"local\"},"
                + "\"script\":{\"language\":\"shell\",\"body\":\"sleep 60\"}}").body()
                .replaceAll(".*\"id\":\"(r-[^\"]+)\".*", "$1");
    }

    @Test
    void streams_overTheCapPerUser_are429_andAllEndAtLogout() throws Exception {
        ApiClient operator = signedIn("operator");
        String runId = longRun(operator);
        String userId = APP.library().users().get("operator").id();
        List<CompletableFuture<Long>> drained = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<Stream<String>> stream = open(operator, runId);
            assertThat(stream.statusCode()).isEqualTo(200);
            drained.add(CompletableFuture.supplyAsync(() -> stream.body().count()));
        }
        Waits.until(() -> APP.component().streams().openBy(userId) == 2);

        HttpResponse<Stream<String>> third = open(operator, runId);
        assertThat(third.statusCode()).isEqualTo(429);
        third.body().close();

        assertThat(operator.post("/api/v1/auth/logout", null).code()).isEqualTo(204);
        for (CompletableFuture<Long> stream : drained) {
            stream.get(10, TimeUnit.SECONDS);
        }
        Waits.until(() -> APP.component().streams().openBy(userId) == 0);
        signedIn("admin").post("/api/v1/runs/" + runId + "/cancel", null);
    }

    @Test
    void streams_endWhenTheUserIsDisabled() throws Exception {
        APP.user("watcher", "watcher-Password-1", io.pcmops.model.Role.VIEWER);
        ApiClient operator = signedIn("operator");
        String runId = longRun(operator);
        ApiClient watcher = anonymous().login("watcher", "watcher-Password-1");
        HttpResponse<Stream<String>> stream = open(watcher, runId);
        CompletableFuture<Long> drained = CompletableFuture.supplyAsync(() -> stream.body().count());
        String userId = APP.library().users().get("watcher").id();
        Waits.until(() -> APP.component().streams().openBy(userId) == 1);

        signedIn("admin").send(io.helidon.http.Method.PATCH, "/api/v1/users/watcher", "{\"disabled\":true}");

        drained.get(10, TimeUnit.SECONDS);
        Waits.until(() -> APP.component().streams().openBy(userId) == 0);
        signedIn("admin").post("/api/v1/runs/" + runId + "/cancel", null);
    }
}
