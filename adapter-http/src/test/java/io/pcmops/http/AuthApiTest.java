package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@ServerTest
class AuthApiTest {

    private static final TestApp APP = TestApp.create();

    private final Http1Client client;

    AuthApiTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        APP.routing(routing);
    }

    @AfterAll
    static void close() {
        APP.close();
    }

    @Test
    void login_withRightPassword_setsStrictHttpOnlyCookieAndReturnsCsrfToken() {
        ApiClient.Reply reply = new ApiClient(client).post("/api/v1/auth/login",
                "{\"username\":\"viewer\",\"password\":\"" + TestApp.VIEWER_PASSWORD + "\"}");

        assertThat(reply.code()).isEqualTo(200);
        assertThat(reply.header("Set-Cookie")).contains("pcmops_session=", "HttpOnly", "SameSite=Strict")
                .doesNotContain("Secure");
        assertThat(reply.body()).contains("\"csrfToken\":\"", "\"username\":\"viewer\"");
    }

    @Test
    void me_withSession_returnsUserRolesAndCsrfToken() {
        ApiClient api = new ApiClient(client).login("operator", TestApp.OPERATOR_PASSWORD);

        ApiClient.Reply reply = api.get("/api/v1/auth/me");

        assertThat(reply.code()).isEqualTo(200);
        assertThat(reply.body()).contains("\"roles\":[\"operator\"]", "\"csrfToken\":\"" + api.csrf() + "\"");
    }

    @Test
    void login_withWrongPassword_answers401InErrorShape() {
        ApiClient.Reply reply = new ApiClient(client).send(Method.POST, "/api/v1/auth/login",
                "{\"username\":\"viewer\",\"password\":\"wrong-password-123\"}");

        assertThat(reply.code()).isEqualTo(401);
        assertThat(reply.body()).contains("\"error\":\"unauthorized\"", "\"message\":\"sign-in failed", "\"details\"");
    }
}
