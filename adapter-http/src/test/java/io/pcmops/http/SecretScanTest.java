package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Method;
import io.pcmops.http.routing.RouteSpec;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.http.testing.TestApp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Pastes a fake key, signs in with the admin password, exercises the credential routes, then reads every GET route
 * (API and pages) with real ids: no response body, header or log line may contain a secret.
 */
class SecretScanTest extends ServerTestBase {

    private static final List<String> LOGS = Collections.synchronizedList(new ArrayList<>());
    private static final Handler CAPTURE = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            LOGS.add(formatter.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    static {
        Logger.getLogger("").addHandler(CAPTURE);
    }

    @AfterAll
    static void close() {
        Logger.getLogger("").removeHandler(CAPTURE);
    }

    @Test
    void everyResponseAndLogLine_neverContainsTheSecrets() throws Exception {
        ApiClient admin = signedIn("admin");
        String pasted = TestApp.FAKE_KEY_ID + ":" + TestApp.FAKE_SECRET;
        ApiClient.Reply added = admin.post("/api/v1/credentials", "{\"id\":\"main\",\"provider\":\"testcloud\","
                + "\"partition\":\"aws-us-gov\",\"source\":\"vault\",\"secret\":\"" + pasted + "\"}");
        assertThat(added.code()).isEqualTo(201);
        assertThat(added.body()).contains("\"maskedKey\":\"AKIA…TKEY\"");
        admin.post("/api/v1/credentials", "{\"id\":\"bad\",\"provider\":\"testcloud\",\"partition\":\"aws\","
                + "\"source\":\"vault\",\"secret\":\"" + TestApp.FAKE_SECRET + "\"}");
        admin.post("/api/v1/credentials", "{\"id\":\"main\",\"provider\":\"testcloud\",\"partition\":\"aws\","
                + "\"source\":\"vault\",\"secret\":" + TestApp.FAKE_SECRET + "}");
        admin.send(Method.POST, "/credentials", "id=form&provider=testcloud&partition=aws&source=vault&secret="
                + TestApp.FAKE_KEY_ID + "%3A" + TestApp.FAKE_SECRET + "&_csrf=" + admin.csrf(),
                "application/x-www-form-urlencoded", null);
        assertThat(admin.post("/api/v1/credentials/main/validate", null).body()).contains("\"state\":\"VALID\"");
        assertThat(admin.post("/api/v1/accounts/discover", "{\"credentialRootId\":\"main\"}").code()).isEqualTo(200);
        String runId = startRun(admin);
        assertThat(admin.post("/api/v1/changes", "{\"number\":\"CHG-1\",\"targets\":[{\"targetId\":\"stub-000001\"}]}")
                .code()).isEqualTo(201);

        Map<String, String> values = new java.util.HashMap<>(Map.of("runs", runId, "credentials", "main", "plans", planId(runId),
                "providers", "stub", "name", "hello", "version", "1", "username", "admin",
                "targetId", "stub-000001", "provider", "testcloud", "accountId", "111122223333"));
        values.put("number", "CHG-1");
        List<String> failed = new ArrayList<>();
        for (RouteSpec route : app().component().catalog().routes()) {
            if (route.method() == Method.GET && !route.path().endsWith("/events") && !route.path().endsWith("/live")
                    && !route.path().equals("/login")) {
                String query = route.path().equals("/api/v1/targets") ? "?provider=stub"
                        : route.path().endsWith("/export") ? "?format=html" : "";
                ApiClient.Reply reply = admin.get(concrete(route.path(), values, admin) + query);
                if (reply.code() != 200) {
                    failed.add(route.path() + " " + reply.code());
                }
            }
        }

        assertThat(failed).as("GET routes that did not answer 200").isEmpty();
        List<String> everything = new ArrayList<>(ApiClient.SEEN);
        everything.addAll(LOGS);
        assertThat(everything).isNotEmpty().noneMatch(text -> text.contains(TestApp.FAKE_SECRET))
                .noneMatch(text -> text.contains(TestApp.FAKE_KEY_ID))
                .noneMatch(text -> text.contains(TestApp.ADMIN_PASSWORD));
    }

    private String startRun(ApiClient admin) throws Exception {
        admin.post("/api/v1/scripts", "{\"name\":\"hello\",\"language\":\"shell\",\"body\":\"echo hello\"}");
        String run = admin.post("/api/v1/runs", "{\"selector\":{\"provider\":\"stub\"},\"script\":{\"saved\":\"hello\"}}")
                .body();
        String id = run.replaceAll(".*\"id\":\"(r-[^\"]+)\".*", "$1");
        app().library().runs().completion(id).get(20, TimeUnit.SECONDS);
        return id;
    }

    private String planId(String runId) {
        return app().library().runs().get(runId).planId();
    }

    private static String concrete(String path, Map<String, String> values, ApiClient admin) {
        String resource = path.replaceAll("^/(api/v1/)?([^/]+).*", "$2");
        String result = path.replace("{id}", values.getOrDefault(resource, "x"));
        if (resource.equals("tokens")) {
            result = result.replace("{id}", "x");
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("{" + value.getKey() + "}", value.getValue());
        }
        return result;
    }
}
