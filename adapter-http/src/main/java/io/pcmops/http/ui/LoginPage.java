package io.pcmops.http.ui;

import io.helidon.http.HeaderNames;
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
import io.pcmops.http.view.Templates;
import io.pcmops.http.view.Views;
import io.pcmops.http.web.Access;
import io.pcmops.http.web.Bodies;
import io.pcmops.http.web.FormData;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.Principals;
import io.pcmops.http.web.Responses;
import io.pcmops.http.web.RouteGuard;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.User;
import javax.inject.Inject;

/** Sign-in, sign-out and the password page (forced at first sign-in). */
public final class LoginPage implements HttpService {

    private final RouteGuard guard;
    private final Templates templates;
    private final Bodies bodies;
    private final LoginService logins;
    private final SessionManager sessions;
    private final AccountService accounts;
    private final Pcmops pcm;
    private final boolean trustForwardedFor;

    @Inject
    public LoginPage(RouteGuard guard, Templates templates, Bodies bodies, LoginService logins,
                     SessionManager sessions, AccountService accounts, Pcmops pcm, ServerSettings settings) {
        this.guard = guard;
        this.templates = templates;
        this.bodies = bodies;
        this.logins = logins;
        this.sessions = sessions;
        this.accounts = accounts;
        this.pcm = pcm;
        this.trustForwardedFor = settings.trustForwardedFor();
    }

    @Override
    public void routing(HttpRules rules) {
        guard.on(rules)
                .get("/login", Access.PUBLIC, this::form)
                .post("/login", Access.PUBLIC, this::login)
                .post("/logout", Access.SIGNED_IN, this::logout)
                .get("/account/password", Access.SIGNED_IN, (req, res) -> password(req, res, null))
                .post("/account/password", Access.SIGNED_IN, this::changePassword);
    }

    private void form(ServerRequest request, ServerResponse response) {
        if (Principals.find(request).isPresent()) {
            Responses.redirect(response, "/");
            return;
        }
        templates.page(request, response, "login", "Sign in", "", new Views.Login("", null));
    }

    private void login(ServerRequest request, ServerResponse response) {
        FormData form = bodies.form(request);
        String username = form.get("username").orElse("");
        try {
            SessionManager.Opened opened = logins.login(username, form.raw("password").orElse(""),
                    ClientAddress.of(request, trustForwardedFor), Authenticator.sessionCookie(request));
            response.headers().addCookie(sessions.cookie(opened.cookieValue()));
            User user = pcm.users().byId(opened.session().userId()).orElseThrow();
            Responses.redirect(response, user.mustChangePassword() ? "/account/password" : "/");
        } catch (HttpProblem problem) {
            if (problem.retryAfterSeconds() > 0) {
                response.header(HeaderNames.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()));
            }
            response.status(problem.status());
            templates.page(request, response, "login", "Sign in", "", new Views.Login(username, problem.getMessage()));
        }
    }

    private void logout(ServerRequest request, ServerResponse response) {
        Principal principal = Principals.of(request);
        if (principal.viaSession()) {
            sessions.close(principal.sessionKey());
        }
        pcm.audit().append(AuditEntry.of(principal.name(), "logout", principal.name(), "ok"));
        response.headers().addCookie(sessions.cleared());
        Responses.redirect(response, "/login");
    }

    private void password(ServerRequest request, ServerResponse response, String error) {
        boolean forced = Principals.of(request).user().mustChangePassword();
        templates.page(request, response, "password", "Change password", "", new Views.Password(forced, error));
    }

    private void changePassword(ServerRequest request, ServerResponse response) {
        FormData form = bodies.form(request);
        Principal principal = Principals.of(request);
        String replacement = form.raw("newPassword").orElse("");
        if (!replacement.equals(form.raw("confirmPassword").orElse(""))) {
            response.status(400);
            password(request, response, "the two new passwords differ");
            return;
        }
        try {
            User user = accounts.changeOwn(principal.user(), form.raw("currentPassword").orElse(""), replacement);
            SessionManager.Opened opened = sessions.open(user, Authenticator.sessionCookie(request));
            response.headers().addCookie(sessions.cookie(opened.cookieValue()));
            Responses.redirect(response, "/");
        } catch (HttpProblem problem) {
            response.status(problem.status());
            password(request, response, problem.getMessage());
        }
    }
}
