package io.pcmops.http.testing;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1Client;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls the server over a real socket as one user: signs in (keeping the session cookie and CSRF token) or uses
 * a bearer token. Every body it receives is kept, so tests can scan them all for secrets.
 */
public final class ApiClient {

    /** Every response body seen by any client. */
    public static final List<String> SEEN = java.util.Collections.synchronizedList(new ArrayList<>());

    private final Http1Client client;
    private String cookie;
    private String csrf;
    private String bearer;
    private String forwardedFor;

    public ApiClient(Http1Client client) {
        this.client = client;
    }

    /** A response: status, headers as text and body. */
    public record Reply(Status status, io.helidon.http.ClientResponseHeaders headers, String body) {
        public int code() {
            return status.code();
        }

        public String header(String name) {
            return headers.first(HeaderNames.create(name)).orElse(null);
        }

        /** Returns every value of a header, such as each Set-Cookie. */
        public List<String> headers(String name) {
            return headers.all(HeaderNames.create(name), List::of);
        }
    }

    /** Signs in through the API and keeps the session. */
    public ApiClient login(String user, String password) {
        Reply reply = send(Method.POST, "/api/v1/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        if (reply.code() != 200) {
            throw new IllegalStateException("login failed: " + reply);
        }
        cookie = reply.header("Set-Cookie").split(";")[0];
        csrf = reply.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
        return this;
    }

    /** Opens the sign-in page as a browser does, keeping its pre-session cookie; returns the form's CSRF token. */
    public String openSignInForm() {
        Reply page = get("/login");
        cookie = page.header("Set-Cookie").split(";")[0];
        return page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    }

    /** Sends a request carrying only the given cookie. */
    public Reply sendWithCookie(String sessionCookie, Method method, String path) {
        String saved = cookie;
        cookie = sessionCookie;
        try {
            return send(method, path, null, "application/json", null);
        } finally {
            cookie = saved;
        }
    }

    /** Sends {@code X-Forwarded-For}, as a proxy in front of the server would. */
    public ApiClient forwardedFor(String address) {
        this.forwardedFor = address;
        return this;
    }

    public ApiClient bearer(String token) {
        this.bearer = token;
        return this;
    }

    public String csrf() {
        return csrf;
    }

    public String cookie() {
        return cookie;
    }

    public Reply get(String path) {
        return send(Method.GET, path, null);
    }

    public Reply post(String path, String json) {
        return send(Method.POST, path, json);
    }

    public Reply delete(String path) {
        return send(Method.DELETE, path, null);
    }

    /** Posts a form as a page does, with the session's CSRF token in the {@code _csrf} field. */
    public Reply form(String path, String body) {
        return send(Method.POST, path, body + "&_csrf=" + csrf, "application/x-www-form-urlencoded", null);
    }

    /** Sends a request with the session's CSRF token (when signed in with a session). */
    public Reply send(Method method, String path, String json) {
        return send(method, path, json, "application/json", csrf);
    }

    /** Sends a request with an explicit content type and CSRF token ({@code null} for none). */
    public Reply send(Method method, String path, String body, String contentType, String csrfToken) {
        int question = path.indexOf('?');
        Http1ClientRequest request = client.method(method).path(question < 0 ? path : path.substring(0, question))
                .followRedirects(false);
        if (question >= 0) {
            for (String pair : path.substring(question + 1).split("&")) {
                String[] parts = pair.split("=", 2);
                request.queryParam(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        if (cookie != null) {
            request.header(HeaderNames.COOKIE, cookie);
        }
        if (csrfToken != null) {
            request.header(HeaderNames.create("X-CSRF-Token"), csrfToken);
        }
        if (forwardedFor != null) {
            request.header(HeaderNames.X_FORWARDED_FOR, forwardedFor);
        }
        if (bearer != null) {
            request.header(HeaderNames.AUTHORIZATION, "Bearer " + bearer);
        }
        if (body != null && contentType != null) {
            request.header(HeaderNames.CONTENT_TYPE, contentType);
        }
        try (Http1ClientResponse response = body == null ? request.request() : request.submit(body)) {
            String text = response.entity().hasEntity() ? response.as(String.class) : "";
            SEEN.add(text + "\n" + response.headers());
            return new Reply(response.status(), response.headers(), text);
        }
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
