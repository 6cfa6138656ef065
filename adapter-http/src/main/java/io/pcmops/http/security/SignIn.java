package io.pcmops.http.security;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Pcmops;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.User;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Signing in and out and changing one's password over HTTP, for the API and the pages alike. */
@Singleton
public final class SignIn {

    /**
     * A signed-in user and the new session's CSRF token ({@code null} for bearer callers).
     *
     * @param user      the user
     * @param csrfToken the session's CSRF token
     */
    public record SignedIn(User user, String csrfToken) {
    }

    private final LoginService logins;
    private final SessionManager sessions;
    private final AccountService accounts;
    private final Pcmops pcm;
    private final boolean trustForwardedFor;

    @Inject
    public SignIn(LoginService logins, SessionManager sessions, AccountService accounts, Pcmops pcm,
                  ServerSettings settings) {
        this.logins = logins;
        this.sessions = sessions;
        this.accounts = accounts;
        this.pcm = pcm;
        this.trustForwardedFor = settings.trustForwardedFor();
    }

    /** Signs in, rotating the session and setting its cookie. */
    public SignedIn signIn(ServerRequest request, ServerResponse response, String username, String password) {
        SessionManager.Opened opened = logins.login(username, password, ClientAddress.of(request, trustForwardedFor),
                Authenticator.sessionCookie(request));
        response.headers().addCookie(sessions.cookie(opened.cookieValue()));
        return new SignedIn(pcm.users().byId(opened.session().userId()).orElseThrow(), opened.session().csrfToken());
    }

    /** Ends the caller's session (if any), clears the cookie and audits the sign-out. */
    public void signOut(ServerRequest request, ServerResponse response) {
        Principal principal = Principals.of(request);
        if (principal.viaSession()) {
            sessions.close(principal.sessionKey());
            response.headers().addCookie(sessions.cleared());
        }
        pcm.audit().append(AuditEntry.of(principal.name(), "logout", principal.name(), "ok"));
    }

    /** Changes the caller's password; a session caller gets a fresh session (the others end). */
    public SignedIn changePassword(ServerRequest request, ServerResponse response, String current,
                                   String replacement) {
        Principal principal = Principals.of(request);
        User user = accounts.changeOwn(principal.user(), current, replacement);
        if (!principal.viaSession()) {
            return new SignedIn(user, null);
        }
        SessionManager.Opened opened = sessions.open(user, Authenticator.sessionCookie(request));
        response.headers().addCookie(sessions.cookie(opened.cookieValue()));
        return new SignedIn(user, opened.session().csrfToken());
    }
}
