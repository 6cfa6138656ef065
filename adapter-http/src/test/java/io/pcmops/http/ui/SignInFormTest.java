package io.pcmops.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Method;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.http.testing.TestApp;
import org.junit.jupiter.api.Test;

/** Login CSRF: the sign-in form needs its pre-session token, and the JSON sign-in needs a JSON body type. */
class SignInFormTest extends ServerTestBase {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String VIEWER = "username=viewer&password=" + TestApp.VIEWER_PASSWORD;

    private static ApiClient.Reply signIn(ApiClient browser, String body) {
        return browser.send(Method.POST, "/login", body, FORM, null);
    }

    private static void assertRefused(ApiClient.Reply reply) {
        assertThat(reply.code()).isEqualTo(403);
        assertThat(reply.body()).contains("id=\"login-error\"", "the sign-in form expired or did not come from this server");
        assertThat(reply.headers("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("pcmops_session="));
    }

    @Test
    void loginPage_setsShortLivedStrictCookieAndHiddenToken() {
        ApiClient.Reply page = anonymous().get("/login");

        assertThat(page.header("Set-Cookie")).contains("pcmops_login=", "Path=/", "HttpOnly", "SameSite=Strict",
                "Max-Age=900");
        assertThat(page.body()).containsPattern("name=\"_csrf\" value=\"[A-Za-z0-9_-]{43}\"");
    }

    @Test
    void signInForm_withoutToken_answers403WithoutSession() {
        ApiClient browser = anonymous();
        browser.openSignInForm();

        assertRefused(signIn(browser, VIEWER));
    }

    @Test
    void signInForm_withWrongToken_answers403WithoutSession() {
        ApiClient browser = anonymous();
        String token = browser.openSignInForm();

        assertRefused(signIn(browser, VIEWER + "&_csrf=" + token.substring(1) + "A"));
    }

    @Test
    void signInForm_withTokenButNoCookie_answers403WithoutSession() {
        String token = anonymous().openSignInForm();

        assertRefused(signIn(anonymous(), VIEWER + "&_csrf=" + token));
    }

    @Test
    void signInForm_withTokenOfAnotherBrowser_answers403WithoutSession() {
        ApiClient victim = anonymous();
        victim.openSignInForm();
        String attackers = anonymous().openSignInForm();

        assertRefused(signIn(victim, VIEWER + "&_csrf=" + attackers));
    }

    @Test
    void signInForm_withRightToken_signsInAndClearsTheCookie() {
        ApiClient browser = anonymous();
        String token = browser.openSignInForm();

        ApiClient.Reply reply = signIn(browser, VIEWER + "&_csrf=" + token);

        assertThat(reply.code()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/");
        assertThat(reply.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("pcmops_login=;")
                .contains("Expires=Thu, 1 Jan 1970"));
        String session = reply.headers("Set-Cookie").stream().filter(c -> c.startsWith("pcmops_session="))
                .findFirst().orElseThrow().split(";")[0];
        assertThat(anonymous().sendWithCookie(session, Method.GET, "/api/v1/auth/me").body())
                .contains("\"username\":\"viewer\"");
    }

    @Test
    void jsonLogin_withoutJsonContentType_answers415() {
        String json = "{\"username\":\"viewer\",\"password\":\"" + TestApp.VIEWER_PASSWORD + "\"}";

        for (String type : new String[] {null, "text/plain", "text/plain; x=application/json", FORM}) {
            ApiClient.Reply reply = anonymous().send(Method.POST, "/api/v1/auth/login", json, type, null);

            assertThat(reply.code()).as(String.valueOf(type)).isEqualTo(415);
            assertThat(reply.body()).contains("\"error\":\"unsupported_media_type\"", "application/json");
            assertThat(reply.header("Set-Cookie")).isNull();
        }
    }
}
