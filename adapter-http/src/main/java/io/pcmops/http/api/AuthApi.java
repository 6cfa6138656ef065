package io.pcmops.http.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.security.Principal;
import io.pcmops.http.security.Principals;
import io.pcmops.http.security.SignIn;
import io.pcmops.http.shapes.Requests;
import io.pcmops.http.web.Bodies;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.Responses;
import io.pcmops.model.User;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;

/** {@code /api/v1/auth}: sign in, sign out, who am I, change my password. */
public final class AuthApi implements HttpService {

    private final HttpKit kit;
    private final SignIn signIn;

    @Inject
    public AuthApi(HttpKit kit, SignIn signIn) {
        this.kit = kit;
        this.signIn = signIn;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .post("/api/v1/auth/login", Access.PUBLIC, this::login)
                .post("/api/v1/auth/logout", Access.SIGNED_IN, this::logout)
                .get("/api/v1/auth/me", Access.SIGNED_IN, this::me)
                .post("/api/v1/auth/password", Access.SIGNED_IN, this::changePassword);
    }

    private void login(ServerRequest request, ServerResponse response) {
        Bodies.requireJsonType(request);
        Requests.Login body = kit.bodies().json(request, Requests.Login.class, "a login {username, password}");
        if (body.username() == null || body.password() == null) {
            throw HttpProblem.badRequest("username and password are required");
        }
        SignIn.SignedIn signedIn = signIn.signIn(request, response, body.username(), body.password());
        kit.json(response, me(signedIn.user(), signedIn.csrfToken(), "session"));
    }

    private void logout(ServerRequest request, ServerResponse response) {
        signIn.signOut(request, response);
        Responses.noContent(response);
    }

    private void me(ServerRequest request, ServerResponse response) {
        Principal principal = Principals.of(request);
        kit.json(response, me(principal.user(), principal.csrfToken(), principal.viaSession() ? "session" : "token"));
    }

    private void changePassword(ServerRequest request, ServerResponse response) {
        Requests.PasswordChange body = kit.bodies().json(request, Requests.PasswordChange.class,
                "a password change {currentPassword, newPassword}");
        if (body.currentPassword() == null) {
            throw HttpProblem.badRequest("currentPassword is required");
        }
        SignIn.SignedIn changed = signIn.changePassword(request, response, body.currentPassword(), body.newPassword());
        kit.json(response, me(changed.user(), changed.csrfToken(), changed.csrfToken() == null ? "token" : "session"));
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
