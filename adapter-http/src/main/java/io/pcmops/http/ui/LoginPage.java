package io.pcmops.http.ui;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.security.LoginCsrf;
import io.pcmops.http.security.Principals;
import io.pcmops.http.security.SignIn;
import io.pcmops.http.view.Views;
import io.pcmops.http.web.FormData;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.Responses;
import javax.inject.Inject;

/** Sign-in (its form guarded by {@link LoginCsrf}), sign-out and the password page (forced at first sign-in). */
public final class LoginPage implements HttpService {

    private static final String TITLE = "Sign in";

    private final HttpKit kit;
    private final SignIn signIn;
    private final LoginCsrf loginCsrf;

    @Inject
    public LoginPage(HttpKit kit, SignIn signIn, LoginCsrf loginCsrf) {
        this.kit = kit;
        this.signIn = signIn;
        this.loginCsrf = loginCsrf;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
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
        kit.templates().page(request, response, "login", TITLE, "", new Views.Login("", null,
                loginCsrf.issue(response)));
    }

    private void login(ServerRequest request, ServerResponse response) {
        FormData form = kit.bodies().form(request);
        String username = form.get("username").orElse("");
        if (!loginCsrf.accepts(request, form)) {
            response.status(Status.FORBIDDEN_403);
            kit.templates().page(request, response, "login", TITLE, "", new Views.Login(username, "the sign-in form "
                    + "expired or did not come from this server; please sign in again", loginCsrf.issue(response)));
            return;
        }
        try {
            SignIn.SignedIn signedIn = signIn.signIn(request, response, username, form.raw("password").orElse(""));
            response.headers().addCookie(loginCsrf.cleared());
            Responses.redirect(response, signedIn.user().mustChangePassword() ? "/account/password" : "/");
        } catch (HttpProblem problem) {
            if (problem.retryAfterSeconds() > 0) {
                response.header(HeaderNames.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()));
            }
            response.status(problem.status());
            kit.templates().page(request, response, "login", TITLE, "", new Views.Login(username,
                    problem.getMessage(), loginCsrf.field(request).orElseThrow()));
        }
    }

    private void logout(ServerRequest request, ServerResponse response) {
        signIn.signOut(request, response);
        Responses.redirect(response, "/login");
    }

    private void password(ServerRequest request, ServerResponse response, String error) {
        boolean forced = Principals.of(request).user().mustChangePassword();
        kit.templates().page(request, response, "password", "Change password", "", new Views.Password(forced, error));
    }

    private void changePassword(ServerRequest request, ServerResponse response) {
        FormData form = kit.bodies().form(request);
        String replacement = form.raw("newPassword").orElse("");
        if (!replacement.equals(form.raw("confirmPassword").orElse(""))) {
            response.status(400);
            password(request, response, "the two new passwords differ");
            return;
        }
        try {
            signIn.changePassword(request, response, form.raw("currentPassword").orElse(""), replacement);
            Responses.redirect(response, "/");
        } catch (HttpProblem problem) {
            response.status(problem.status());
            password(request, response, problem.getMessage());
        }
    }
}
