package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Method;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Bad input answers 4xx in the one error shape; every answer carries the security headers. */
class RequestHandlingTest extends ServerTestBase {

    @Test
    void post_withMalformedJson_answers400NamingWhere() {
        ApiClient.Reply reply = signedIn("operator").post("/api/v1/scripts", "{\"name\": \"x\", ");

        assertThat(reply.code()).isEqualTo(400);
        assertThat(reply.body()).contains("\"error\":\"bad_request\"", "not valid JSON (line 1, column", "\"details\"");
    }

    @Test
    void post_withUnknownField_answers400NamingFieldAndKnownFields() {
        ApiClient.Reply reply = signedIn("operator").post("/api/v1/scripts",
                "{\"name\":\"x\",\"language\":\"shell\",\"body\":\"id\",\"colour\":\"red\"}");

        assertThat(reply.code()).isEqualTo(400);
        assertThat(reply.body()).contains("unknown field 'colour'", "\"field\":\"colour\"", "\"knownFields\"");
    }

    @Test
    void post_withWrongType_answers400NamingField() {
        ApiClient.Reply reply = signedIn("operator").post("/api/v1/tokens", "{\"name\":\"t\",\"expiresInDays\":\"soon\"}");

        assertThat(reply.code()).isEqualTo(400);
        assertThat(reply.body()).contains("field 'expiresInDays' must be a whole number");
    }

    @Test
    void post_withInvalidValue_answers400NamingFieldAndChoices() {
        ApiClient.Reply reply = signedIn("operator").post("/api/v1/runs", "{\"selector\":{\"provider\":\"stub\"},"
                + "\"script\":{\"language\":\"cobol\",\"body\":\"x\"}}");

        assertThat(reply.code()).isEqualTo(400);
        assertThat(reply.body()).contains("field 'script.language' must be one of: shell, powershell, python",
                "\"field\":\"script.language\"");
    }

    @Test
    void post_withEmptyBody_answers400() {
        ApiClient.Reply reply = signedIn("operator").post("/api/v1/plans", "");

        assertThat(reply.code()).isEqualTo(400);
        assertThat(reply.body()).contains("the request body is empty");
    }

    @Test
    void post_withBodyOverLimit_answers413() {
        String body = "{\"name\":\"big\",\"language\":\"shell\",\"body\":\"" + "x".repeat(1_100_000) + "\"}";

        ApiClient.Reply reply = signedIn("operator").post("/api/v1/scripts", body);

        assertThat(reply.code()).isEqualTo(413);
        assertThat(reply.body()).contains("\"error\":\"payload_too_large\"", "1048576");
        assertThat(app().library().scripts().list()).noneMatch(s -> s.name().equals("big"));
    }

    @Test
    void post_withWrongContentType_answers415() {
        ApiClient api = signedIn("operator");
        ApiClient.Reply reply = api.send(Method.POST, "/api/v1/scripts", "name=x", "text/plain", api.csrf());

        assertThat(reply.code()).isEqualTo(415);
        assertThat(reply.body()).contains("\"error\":\"unsupported_media_type\"");
    }

    @Test
    void get_withBadQueryParameter_answers400NamingIt() {
        ApiClient api = signedIn("operator");

        assertThat(api.get("/api/v1/runs?limit=501").body()).contains("query parameter 'limit' must be at most 500");
        assertThat(api.get("/api/v1/runs?offset=abc").body()).contains("'offset' must be a whole number");
        assertThat(api.get("/api/v1/runs?status=SLEEPING").code()).isEqualTo(400);
        assertThat(api.get("/api/v1/runs/nope").code()).isEqualTo(404);
        assertThat(api.get("/api/v1/runs/nope").body()).contains("\"error\":\"not_found\"", "no run with id 'nope'");
    }

    @Test
    void everyAnswer_carriesSecurityHeadersWithStrictCsp() {
        ApiClient api = signedIn("operator");
        for (ApiClient.Reply reply : List.of(api.get("/"), api.get("/api/v1/runs"), api.get("/api/v1/nope"),
                anonymous().get("/api/v1/runs"), anonymous().get("/login"),
                anonymous().get("/static/app.css"), api.get("/runs/missing"))) {
            String csp = reply.header("Content-Security-Policy");
            assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                    "base-uri 'none'", "script-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(reply.header("Permissions-Policy")).contains("camera=()");
        }
    }

    @Test
    void pages_containNoInlineScriptOrStyle() {
        ApiClient admin = signedIn("admin");
        Pattern script = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);
        for (String page : List.of("/", "/runs", "/runs/new", "/targets?provider=stub", "/scripts", "/scripts/new",
                "/credentials", "/accounts", "/providers", "/audit", "/users", "/tokens", "/account/password", "/changes")) {
            String html = admin.get(page).body();
            Matcher matcher = script.matcher(html);
            int scripts = 0;
            while (matcher.find()) {
                scripts++;
                assertThat(matcher.group(1)).as(page).contains("src=\"/");
                assertThat(matcher.group(2)).as(page).isBlank();
            }
            assertThat(scripts).as(page).isEqualTo(4);
            assertThat(html).as(page).doesNotContain(" style=\"", "<style", " onclick=", " onload=", "javascript:");
        }
    }

    @Test
    void unexpectedFailure_answers500WithReferenceAndNoStackTrace() {
        ApiClient.Reply reply = signedIn("operator").get("/api/v1/runs/r-x/invocations/%ZZ/output");

        assertThat(reply.code()).isBetween(400, 599);
        assertThat(reply.body()).doesNotContain("Exception", "\tat ", ".java:");
    }
}
