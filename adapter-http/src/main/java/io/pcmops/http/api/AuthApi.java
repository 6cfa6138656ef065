package io.pcmops.http.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Pcmops;
import io.pcmops.http.ServerSettings;
import io.pcmops.http.security.AccountService;
import io.pcmops.http.security.Authenticator;
import io.pcmops.http.security.ClientAddress;
import io.pcmops.http.security.LoginService;
import io.pcmops.http.security.Principal;
import io.pcmops.http.security.SessionManager;
import io.pcmops.http.web.Access;
import io.pcmops.http.web.Bodies;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.Principals;
import io.pcmops.http.web.Responses;
import io.pcmops.http.web.RouteGuard;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.User;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;

/** {@code /api/v1/auth}: sign in, sign out, who am I, change my password. */
public final class AuthApi implements HttpService {

    private final RouteGuard guard;
    private final Bodies bodies;
    private final Responses responses;
    private final LoginService logins;
    private final SessionManager sessions;
    private final AccountService accounts;
    private final Pcmops pcm;
    private final boolean trustForwardedFor;

    @Inject
    public AuthApi(RouteGuard guard, Bodies bodies, Responses responses, LoginService logins,
                   SessionManager sessions, AccountService accounts, Pcmops pcm, ServerSettings settings) {
        this.guard = guard;
        this.bodies = bodies;
        this.responses = responses;
        this.logins = logins;
        this.sessions = sessions;
        this.accounts = accounts;
        this.pcm = pcm;
        this.trustForwardedFor = settings.trustForwardedFor();
    }

    @Override
    public void routing(HttpRules rules) {
        guard.on(rules)
                .post("/api/v1/auth/login", Access.PUBLIC, this::login)
                .post("/api/v1/auth/logout", Access.SIGNED_IN, this::logout)
                .get("/api/v1/auth/me", Access.SIGNED_IN, this::me)
                .post("/api/v1/auth/password", Access.SIGNED_IN, this::changePassword);
    }

    private void login(ServerRequest request, ServerResponse response) {
        Requests.Login body = bodies.json(request, Requests.Login.class, "a login {username, password}");
        if (body.username() == null || body.password() == null) {
            throw HttpProblem.badRequest("username and password are required");
        }
        SessionManager.Opened opened = logins.login(body.username(), body.password(),
                ClientAddress.of(request, trustForwardedFor), Authenticator.sessionCookie(request));
        response.headers().addCookie(sessions.cookie(opened.cookieValue()));
        User user = pcm.users().byId(opened.session().userId()).orElseThrow();
        responses.json(response, me(user, opened.session().csrfToken(), "session"));
    }

    private void logout(ServerRequest request, ServerResponse response) {
        Principal principal = Principals.of(request);
        if (principal.viaSession()) {
            sessions.close(principal.sessionKey());
            response.headers().addCookie(sessions.cleared());
        }
        pcm.audit().append(AuditEntry.of(principal.name(), "logout", principal.name(), "ok"));
        Responses.noContent(response);
    }

    private void me(ServerRequest request, ServerResponse response) {
        Principal principal = Principals.of(request);
        responses.json(response, me(principal.user(), principal.csrfToken(),
                principal.viaSession() ? "session" : "token"));
    }

    private void changePassword(ServerRequest request, ServerResponse response) {
        Requests.PasswordChange body = bodies.json(request, Requests.PasswordChange.class,
                "a password change {currentPassword, newPassword}");
        if (body.currentPassword() == null) {
            throw HttpProblem.badRequest("currentPassword is required");
        }
        Principal principal = Principals.of(request);
        User user = accounts.changeOwn(principal.user(), body.currentPassword(), body.newPassword());
        String csrf = null;
        if (principal.viaSession()) {
            SessionManager.Opened opened = sessions.open(user, Authenticator.sessionCookie(request));
            response.headers().addCookie(sessions.cookie(opened.cookieValue()));
            csrf = opened.session().csrfToken();
        }
        responses.json(response, me(user, csrf, principal.viaSession() ? "session" : "token"));
    }

    private static Map<String, Object> me(User user, String csrfToken, String via) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", user);
        body.put("roles", user.roles().stream().map(r -> r.id()).sorted().toList());
        body.put("mustChangePassword", user.mustChangePassword());
        body.put("authenticatedBy", via);
        body.put("csrfToken", csrfToken);
        return body;
    }
}
