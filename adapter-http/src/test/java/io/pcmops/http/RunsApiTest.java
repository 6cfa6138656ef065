package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.http.testing.TestApp;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Run;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runs API on the stub fleet (20 targets, every tenth fails): plans, start, list, invocations, output, events, retry, export. */
class RunsApiTest extends ServerTestBase {

    private static final TestApp APP = TestApp.create(java.util.Map.of("targets", "20", "failEvery", "10"));

    private static String field(String json, String name) {
        return json.replaceAll("(?s).*?\"" + name + "\":\"([^\"]+)\".*", "$1");
    }

    private static Run finished(String runId) throws Exception {
        return APP.library().runs().completion(runId).get(20, TimeUnit.SECONDS);
    }

    @Test
    void startRun_fromPlan_runsOnExactlyThePlannedTargetsAsTheCaller() throws Exception {
        ApiClient api = signedIn("operator");
        ApiClient.Reply plan = api.post("/api/v1/plans", "{\"provider\":\"stub\",\"tags\":{\"Env\":\"prod\"}}");
        assertThat(plan.code()).isEqualTo(201);
        assertThat(plan.body()).contains("\"blastRadius\":{", "\"total\":10");

        ApiClient.Reply started = api.post("/api/v1/runs", "{\"planId\":\"" + field(plan.body(), "id") + "\","
                + "\"script\":{\"language\":\"shell\",\"body\":\"echo hi\"},\"requestedBy\":\"someone-else\","
                + "\"options\":{\"maxConcurrency\":\"5\",\"executionTimeout\":\"PT5M\"},\"changeTicket\":\"CHG-1\"}");

        assertThat(started.code()).isEqualTo(202);
        assertThat(started.body()).contains("\"requestedBy\":\"operator\"", "\"targetCount\":10", "\"changeTicket\":\"CHG-1\"");
        Run done = finished(field(started.body(), "id"));
        assertThat(done.count(InvocationState.SUCCESS)).isEqualTo(10);
        assertThat(api.get("/api/v1/runs?requestedBy=operator&changeTicket=CHG-1").body()).contains(done.id());
    }

    @Test
    void invocations_pageWithPreviewsAndStreamFullOutput() throws Exception {
        ApiClient api = signedIn("operator");
        String id = field(api.post("/api/v1/runs", "{\"selector\":{\"provider\":\"stub\"},"
                + "\"script\":{\"language\":\"shell\",\"body\":\"echo hi\"},\"options\":{\"maxErrors\":\"100%\"}}")
                .body(), "id");
        finished(id);

        ApiClient.Reply page = api.get("/api/v1/runs/" + id + "/invocations?limit=5&offset=5");
        ApiClient.Reply failed = api.get("/api/v1/runs/" + id + "/invocations?state=failed");
        ApiClient.Reply output = api.get("/api/v1/runs/" + id + "/invocations/stub-000007/output");

        assertThat(page.body()).contains("\"total\":20", "\"offset\":5", "\"limit\":5", "\"stdout\":\"ok\\n\"");
        assertThat(page.body().split("\"targetId\"")).hasSize(6);
        assertThat(failed.body()).contains("\"total\":2", "stub-000010", "stub-000020");
        assertThat(output.code()).isEqualTo(200);
        assertThat(output.header("Content-Type")).startsWith("text/plain");
        assertThat(output.header("X-Pcmops-State")).isEqualTo("SUCCESS");
        assertThat(output.body()).isEqualTo("ok\n");
        assertThat(api.get("/api/v1/runs/" + id + "/output-groups").body()).contains("\"targetCount\":18",
                "\"targetCount\":2");
        assertThat(api.get("/api/v1/runs/" + id + "/script").body()).contains("\"body\":\"echo hi\"");
    }

    @Test
    void export_inEveryFormat_answersTheReport() throws Exception {
        ApiClient api = signedIn("operator");
        String id = field(api.post("/api/v1/runs", "{\"selector\":{\"provider\":\"stub\"},"
                + "\"script\":{\"language\":\"shell\",\"body\":\"echo hi\"}}").body(), "id");
        finished(id);

        ApiClient.Reply csv = api.get("/api/v1/runs/" + id + "/export?format=csv");

        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("run-" + id + ".csv");
        assertThat(csv.body()).startsWith("run_id,provider,partition,account,region,target_id,target_name,state,reason,"
                + "exit_code,started_at,ended_at,stdout,stderr");
        assertThat(api.get("/api/v1/runs/" + id + "/export?format=json").header("Content-Type")).startsWith("application/json");
        assertThat(api.get("/api/v1/runs/" + id + "/export?format=md").body()).contains(id);
        assertThat(api.get("/api/v1/runs/" + id + "/export?format=html").body()).contains("<");
        assertThat(api.get("/api/v1/runs/" + id + "/export?format=pdf").code()).isEqualTo(400);
    }

    @Test
    void events_streamProgressUntilFinished() throws Exception {
        ApiClient api = signedIn("operator");
        String id = field(api.post("/api/v1/runs", "{\"selector\":{\"provider\":\"stub\"},"
                + "\"script\":{\"language\":\"shell\",\"body\":\"echo hi\"}}").body(), "id");
        List<String> lines = new ArrayList<>();
        try (Http1ClientResponse response = client().get("/api/v1/runs/" + id + "/events")
                .header(HeaderNames.COOKIE, api.cookie()).request()) {
            assertThat(response.headers().contentType().orElseThrow().text()).startsWith("text/event-stream");
            BufferedReader reader = new BufferedReader(new InputStreamReader(response.inputStream(),
                    StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        assertThat(lines).contains("event:finished");
        assertThat(lines).anyMatch(line -> line.startsWith("data:{") && line.contains("\"runId\":\"" + id + "\""));
        assertThat(lines.stream().filter(line -> line.contains("\"finished\":true")).count()).isEqualTo(1);
    }

    @Test
    void retry_failedTargets_startsRunOnThemOnly() throws Exception {
        ApiClient api = signedIn("operator");
        api.post("/api/v1/scripts", "{\"name\":\"flaky\",\"language\":\"shell\",\"body\":\"exit 0\"}");
        String id = field(api.post("/api/v1/runs", "{\"selector\":{\"provider\":\"stub\"},"
                + "\"script\":{\"saved\":\"flaky\"},\"options\":{\"maxErrors\":\"100%\"}}").body(), "id");
        Run first = finished(id);
        assertThat(first.status().terminal()).isTrue();

        ApiClient.Reply retried = api.post("/api/v1/runs/" + id + "/retry", "{\"scopes\":[\"failed\",\"timed-out\"]}");

        assertThat(first.count(InvocationState.FAILED)).isEqualTo(2);
        assertThat(retried.code()).as(retried.body()).isEqualTo(202);
        assertThat(retried.body()).contains("\"retryOf\":\"" + id + "\"", "\"targetCount\":2");
        assertThat(api.post("/api/v1/runs/" + id + "/retry", "{\"scopes\":[\"sometimes\"]}").body())
                .contains("field 'scopes[0]' must be one of: failed, timed-out, undeliverable, not-executed, cancelled");
    }

    @Test
    void cancel_finishedRun_answersTheRun() throws Exception {
        ApiClient api = signedIn("operator");
        String id = field(api.post("/api/v1/runs", "{\"selector\":{\"provider\":\"stub\",\"tags\":{\"Env\":\"prod\"}},"
                + "\"script\":{\"language\":\"shell\",\"body\":\"echo hi\"}}").body(), "id");
        finished(id);

        ApiClient.Reply cancelled = api.post("/api/v1/runs/" + id + "/cancel", null);

        assertThat(cancelled.code()).isEqualTo(202);
        assertThat(cancelled.body()).contains("\"id\":\"" + id + "\"", "\"status\":\"SUCCEEDED\"");
    }

    @Test
    void invocations_ofRunningRun_areNeverServedStale() throws Exception {
        ApiClient api = signedIn("operator");
        String id = field(api.post("/api/v1/runs", "{\"selector\":{\"provider\":\"local\"},"
                + "\"script\":{\"language\":\"shell\",\"body\":\"sleep 2; echo late\"}}").body(), "id");

        String during = api.get("/api/v1/runs/" + id + "/invocations").body();
        String runDuring = api.get("/api/v1/runs/" + id).body();
        finished(id);

        assertThat(during).doesNotContain("\"state\":\"SUCCESS\"");
        assertThat(runDuring).doesNotContain("\"status\":\"SUCCEEDED\"");
        assertThat(api.get("/api/v1/runs/" + id + "/invocations").body()).contains("\"state\":\"SUCCESS\"", "late");
        assertThat(api.get("/api/v1/runs/" + id).body()).contains("\"status\":\"SUCCEEDED\"");
        assertThat(api.get("/api/v1/runs/" + id).body()).isEqualTo(api.get("/api/v1/runs/" + id).body());
    }
}
