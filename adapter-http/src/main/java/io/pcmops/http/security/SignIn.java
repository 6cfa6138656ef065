package io.pcmops.http.security;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Pcmops;
import io.pcmops.model.ApiToken;
import io.pcmops.model.PasswordChanged;
import io.pcmops.model.User;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Signing in and out and changing one's password over HTTP, for the API and the pages alike. */
@Singleton
public final class SignIn {

    /**
     * A signed-in user and the session's CSRF token ({@code null} for bearer callers).
     *
     * @param user      the user
     * @param csrfToken the session's CSRF token
     */
    public record SignedIn(User user, String csrfToken) {
    }

    /**
     * A password change: the user with their (new) session, and what the change ended.
     *
     * @param signedIn      the user and the new session's CSRF token
     * @param endedSessions how many other sessions ended
     * @param revokedTokens the tokens revoked
     */
    public record Changed(SignedIn signedIn, int endedSessions, List<ApiToken> revokedTokens) {
    }

    private final LoginService logins;
    private final SessionCookies cookies;
    private final ClientAddress clients;
    private final Pcmops pcm;

    @Inject
    public SignIn(LoginService logins, SessionCookies cookies, ClientAddress clients, Pcmops pcm) {
        this.logins = logins;
        this.cookies = cookies;
        this.clients = clients;
        this.pcm = pcm;
    }

    /** Signs in, rotating the session and setting its cookie. */
    public SignedIn signIn(ServerRequest request, ServerResponse response, String username, String password) {
        io.pcmops.model.SignedIn opened = logins.login(username, password, clients.of(request), cookies.read(request));
        response.headers().addCookie(cookies.cookie(opened.secret()));
        return new SignedIn(opened.user(), opened.session().csrfToken());
    }

    /** Ends the caller's session (if any), clears the cookie; the library audits the sign-out. */
    public void signOut(ServerRequest request, ServerResponse response) {
        Principal principal = Principals.of(request);
        pcm.actingAs(principal.actor()).sessions().signOut(principal.sessionSecret());
        if (principal.viaSession()) {
            response.headers().addCookie(cookies.cleared());
        }
    }

    /**
     * Changes the caller's password: the library ends their other sessions and revokes their tokens; a session
     * caller gets a fresh session.
     */
    public Changed changePassword(ServerRequest request, ServerResponse response, String current,
                                  String replacement) {
        Principal principal = Principals.of(request);
        Pcmops library = pcm.actingAs(principal.actor());
        PasswordChanged changed = library.users().changePassword(current, replacement);
        InitialPassword.forget(pcm.dataDirectory(), changed.user().username());
        SignedIn signedIn = new SignedIn(changed.user(), null);
        if (principal.viaSession()) {
            io.pcmops.model.SignedIn rotated = library.sessions().rotate(principal.sessionSecret());
            response.headers().addCookie(cookies.cookie(rotated.secret()));
            signedIn = new SignedIn(changed.user(), rotated.session().csrfToken());
        }
        return new Changed(signedIn, changed.endedSessions(), changed.revokedTokens());
    }
}
