package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import io.pcmops.Pcmops;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.contract.ApiDocument;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.RouteCatalog;
import io.pcmops.http.routing.RouteGuard;
import io.pcmops.http.routing.RouteSpec;
import io.pcmops.http.security.Csrf;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.Routes;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.http.web.Bodies;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The server does what its OpenAPI document says with requests that do not match it, on every route. */
class RequestContractTest extends ServerTestBase {

    private static final ApiDocument DOCUMENT = new ApiDocument();

    @Test
    void everyJsonBody_thatIsNotAnObject_answers400NamingIt() {
        ApiClient admin = signedIn("admin");
        int checked = 0;
        for (RouteSpec route : app().component().catalog().routes()) {
            boolean json = route.api() && DOCUMENT.operation(route.method(), route.path())
                    .map(operation -> operation.bodyTypes().contains("application/json")).orElse(false);
            for (String body : json ? List.of("null", "[1]", "42", "\"text\"") : List.<String>of()) {
                ApiClient.Reply reply = admin.send(route.method(), Routes.concrete(route, "x1"), body);
                assertThat(reply.code()).as(route + " with " + body + ": " + reply.body()).isEqualTo(400);
                assertThat(reply.body()).as(route + " with " + body).contains("the request body must be an object");
                checked++;
            }
        }
        assertThat(checked).as("JSON bodies tried").isGreaterThanOrEqualTo(4 * 14);
    }

    @Test
    void queryParameters_outsideTheDocument_answer400NamingThem() {
        ApiClient viewer = signedIn("viewer");

        assertThat(viewer.get("/api/v1/runs?limit=0").body()).contains("query parameter 'limit' must be at least 1");
        assertThat(viewer.get("/api/v1/runs?offset=-1").body()).contains("query parameter 'offset' must be at least 0");
        assertThat(viewer.get("/api/v1/runs?limit=").code()).isEqualTo(400);
        assertThat(viewer.get("/api/v1/tokens?all=maybe").body()).contains("query parameter 'all' must be true or false");
        assertThat(viewer.get("/api/v1/targets?refresh=1").code()).isEqualTo(400);
        assertThat(viewer.get("/api/v1/runs?colour=red").body())
                .contains("unknown query parameter 'colour'", "\"parameter\":\"colour\"");
        assertThat(viewer.get("/api/v1/runs?since=yesterday").body()).contains("query parameter 'since'");
        assertThat(viewer.get("/api/v1/scripts/x/versions/0").body()).contains("path parameter 'version'");
    }

    @Test
    void bodyFields_outsideTheDocument_answer400NamingThem() {
        ApiClient operator = signedIn("operator");

        assertThat(operator.post("/api/v1/tokens", "{\"name\":\"t\",\"expiresInDays\":366}").body())
                .contains("field 'expiresInDays' must be at most 365");
        assertThat(operator.post("/api/v1/runs", "{\"selector\":{\"provider\":\"stub\"},\"script\":{\"language\":"
                + "\"shell\",\"body\":\"true\"},\"options\":{\"deliveryTimeout\":\"PT5S\"}}").body())
                .contains("field 'options.deliveryTimeout' must be an ISO-8601 duration from 30 seconds to 30 days");
        assertThat(operator.post("/api/v1/runs", "{\"script\":{\"language\":\"shell\",\"body\":\"true\"}}").body())
                .contains("the request body must have exactly one of these forms: {planId} | {selector}");
        assertThat(operator.post("/api/v1/plans", "{\"provider\":\"stub\",\"platform\":\"LINUX\"}").body())
                .contains("field 'platform' must be one of: linux, windows, macos");
    }

    @Test
    void knownPath_withUndeclaredMethod_answers405WithAllow_andUnknownPath404() {
        ApiClient viewer = signedIn("viewer");

        ApiClient.Reply patch = viewer.send(Method.PATCH, "/api/v1/runs", "{}");
        ApiClient.Reply plans = viewer.send(Method.DELETE, "/api/v1/plans", null);
        ApiClient.Reply trace = viewer.send(Method.TRACE, "/api/v1/scripts/hello", null);
        ApiClient.Reply nowhere = viewer.get("/api/v1/nowhere");

        assertThat(patch.code()).isEqualTo(405);
        assertThat(patch.header("Allow")).isEqualTo("GET, POST");
        assertThat(patch.body()).contains("\"error\":\"method_not_allowed\"");
        assertThat(plans.header("Allow")).isEqualTo("POST");
        assertThat(trace.header("Allow")).isEqualTo("DELETE, GET, PUT");
        assertThat(nowhere.code()).isEqualTo(404);
    }

    @Test
    void malformedChunkedBody_answers400_andLogsNoStackTrace() throws IOException {
        String token = signedIn("operator").post("/api/v1/tokens", "{\"name\":\"raw\"}").body()
                .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        List<LogRecord> failures = new ArrayList<>();
        Handler recorder = recorder(failures);
        Logger.getLogger("").addHandler(recorder);
        String status;
        try (Socket socket = new Socket("127.0.0.1", port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/scripts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "zz\r\n{\"name\":\"x\"}\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            status = firstLine(socket.getInputStream());
        } finally {
            Logger.getLogger("").removeHandler(recorder);
        }

        assertThat(status).startsWith("HTTP/1.1 400");
        assertThat(failures).as("log records with a stack trace").isEmpty();
    }

    @Test
    void apiRoute_missingFromTheDocument_stopsTheServerFromStarting() {
        Bodies bodies = new Bodies(Pcmops.objectMapper(), ServerSettings.defaults(Path.of("unused")));
        RouteGuard guard = new RouteGuard(new RouteCatalog(), new Csrf(bodies), DOCUMENT, bodies);

        assertThatThrownBy(() -> guard.on(HttpRouting.builder()).get("/api/v1/undocumented", Access.VIEWER,
                (request, response) -> response.send()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /api/v1/undocumented is not described in the OpenAPI document");
    }

    private static Handler recorder(List<LogRecord> failures) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getThrown() != null) {
                    failures.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString().trim();
    }
}
