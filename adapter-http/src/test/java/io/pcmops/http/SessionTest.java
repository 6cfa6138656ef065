package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Method;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.http.testing.TestApp;
import io.pcmops.model.Role;
import io.pcmops.model.UserChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Sessions, cookies, password storage, tokens and the forced password change. */
class SessionTest extends ServerTestBase {

    @Test
    void login_again_rotatesSessionIdAndEndsTheOldOne() {
        ApiClient first = signedIn("viewer");
        String oldCookie = first.cookie();

        first.login("viewer", TestApp.VIEWER_PASSWORD);

        assertThat(first.cookie()).isNotEqualTo(oldCookie);
        assertThat(first.get("/api/v1/auth/me").code()).isEqualTo(200);
        assertThat(anonymous().sendWithCookie(oldCookie, Method.GET, "/api/v1/auth/me").code()).isEqualTo(401);
    }

    @Test
    void session_idleForThirtyMinutes_isRefused() {
        ApiClient api = signedIn("viewer");
        String secret = api.cookie().substring(api.cookie().indexOf('=') + 1);

        app().clock().advance(Duration.ofMinutes(31));

        assertThat(api.get("/api/v1/auth/me").code()).isEqualTo(401);
        assertThat(app().library().sessions().resume(secret)).isEmpty();
    }

    @Test
    void logout_endsSessionAndClearsCookie() {
        ApiClient api = signedIn("viewer");

        ApiClient.Reply reply = api.post("/api/v1/auth/logout", null);

        assertThat(reply.code()).isEqualTo(204);
        assertThat(reply.header("Set-Cookie")).contains("pcmops_session=;", "Expires=Thu, 1 Jan 1970");
        assertThat(api.get("/api/v1/auth/me").code()).isEqualTo(401);
    }

    @Test
    void storedSecrets_areArgon2idHashesAndTokenHashes() throws Exception {
        ApiClient api = signedIn("operator");
        String token = api.post("/api/v1/tokens", "{\"name\":\"store-check\"}").body()
                .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

        assertThat(passwordHashOf("operator")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(token).startsWith("pcm_");
        assertThat(app().library().tokens().authenticate(token)).isPresent();
        assertThat(storeContains(token)).isFalse();
        assertThat(storeContains(TestApp.OPERATOR_PASSWORD)).isFalse();
        assertThat(storeContains(api.cookie().substring(api.cookie().indexOf('=') + 1))).isFalse();
    }

    @Test
    void revokedToken_isRefused() {
        ApiClient api = signedIn("viewer");
        String created = api.post("/api/v1/tokens", "{\"name\":\"short\",\"expiresInDays\":1}").body();
        String token = created.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        ApiClient bearer = anonymous().bearer(token);
        assertThat(bearer.get("/api/v1/auth/me").body()).contains("\"authenticatedBy\":\"token\"", "\"csrfToken\":null");

        assertThat(api.delete("/api/v1/tokens/" + id).code()).isEqualTo(204);

        assertThat(bearer.get("/api/v1/auth/me").code()).isEqualTo(401);
        assertThat(anonymous().bearer("pcm_forged").get("/api/v1/runs").code()).isEqualTo(401);
    }

    @Test
    void userWhoMustChangePassword_canOnlyChangeIt() {
        app().user("newcomer", "some-Password-123", Role.OPERATOR);
        app().library().users().update("newcomer", UserChange.password("first-Password-123"));
        ApiClient api = anonymous().login("newcomer", "first-Password-123");

        assertThat(api.get("/api/v1/runs").body()).contains("\"error\":\"password_change_required\"");
        assertThat(api.get("/runs").header("Location")).isEqualTo("/account/password");
        assertThat(api.post("/api/v1/auth/password",
                "{\"currentPassword\":\"wrong-password-1\",\"newPassword\":\"second-Password-456\"}").code()).isEqualTo(403);
        ApiClient.Reply changed = api.post("/api/v1/auth/password",
                "{\"currentPassword\":\"first-Password-123\",\"newPassword\":\"second-Password-456\"}");

        assertThat(changed.code()).isEqualTo(200);
        assertThat(changed.body()).contains("\"mustChangePassword\":false");
        ApiClient again = anonymous().login("newcomer", "second-Password-456");
        assertThat(again.get("/api/v1/runs").code()).isEqualTo(200);
    }

    @Test
    void cookies_underTls_areSecureAndHostPrefixed() {
        TestApp secure = TestApp.create(settings -> settings.withSecureCookies(true), java.util.Map.of());
        try {
            String header = secure.component().cookies().cookie("value").text();

            assertThat(header).startsWith("__Host-pcmops_session=value").contains("Secure", "HttpOnly",
                    "SameSite=Strict", "Path=/").doesNotContain("Domain");
        } finally {
            secure.close();
        }
    }

    private String passwordHashOf(String username) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + app().directory().resolve("pcmops.db"));
             java.sql.PreparedStatement query = c.prepareStatement("SELECT password_hash FROM users WHERE username = ?")) {
            query.setString(1, username);
            try (java.sql.ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }

    private boolean storeContains(String secret) throws Exception {
        try (Stream<Path> files = Files.list(app().directory())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains(secret)) {
                    return true;
                }
            }
        }
        return false;
    }
}
