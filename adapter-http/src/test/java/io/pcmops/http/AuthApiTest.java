package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Method;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.http.testing.TestApp;
import org.junit.jupiter.api.Test;

class AuthApiTest extends ServerTestBase {

    @Test
    void login_withRightPassword_setsStrictHttpOnlyCookieAndReturnsCsrfToken() {
        ApiClient.Reply reply = anonymous().post("/api/v1/auth/login",
                "{\"username\":\"viewer\",\"password\":\"" + TestApp.VIEWER_PASSWORD + "\"}");

        assertThat(reply.code()).isEqualTo(200);
        assertThat(reply.header("Set-Cookie")).contains("pcmops_session=", "HttpOnly", "SameSite=Strict")
                .doesNotContain("Secure");
        assertThat(reply.body()).contains("\"csrfToken\":\"", "\"username\":\"viewer\"");
    }

    @Test
    void me_withSession_returnsUserRolesAndCsrfToken() {
        ApiClient api = signedIn("operator");

        ApiClient.Reply reply = api.get("/api/v1/auth/me");

        assertThat(reply.code()).isEqualTo(200);
        assertThat(reply.body()).contains("\"roles\":[\"operator\"]", "\"csrfToken\":\"" + api.csrf() + "\"");
    }

    @Test
    void login_withWrongPassword_answers401InErrorShape() {
        ApiClient.Reply reply = anonymous().send(Method.POST, "/api/v1/auth/login",
                "{\"username\":\"viewer\",\"password\":\"wrong-password-123\"}");

        assertThat(reply.code()).isEqualTo(401);
        assertThat(reply.body()).contains("\"error\":\"unauthorized\"", "\"message\":\"sign-in failed", "\"details\"");
    }
}
