package io.pcmops;

import io.pcmops.model.Actor;
import io.pcmops.model.Authenticated;
import io.pcmops.model.EndedSessions;
import io.pcmops.model.SignedIn;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Signing in with a password, and the server-side sessions it opens. Failed sign-ins slow down the client address
 * they came from for that user ({@link io.pcmops.model.SignInPolicy}); every sign-in, refusal and sign-out is
 * audited. The client keeps a random secret; the store keeps its hash.
 */
public interface Sessions {

    /**
     * Checks a user's password and opens a session, ending the one the client had.
     *
     * @param username       user name
     * @param password       password
     * @param client         the client's address (for back-off and the audit)
     * @param previousSecret the secret of the client's current session, if any
     * @throws InvalidRequestException for a user name or password that cannot be valid (nothing is recorded)
     * @throws AuthenticationException for anything else that fails, with one message whatever the reason
     */
    SignedIn signIn(String username, String password, String client, Optional<String> previousSecret);

    /** Returns who a session secret stands for while the session is active, recording the activity. */
    Optional<Authenticated> resume(String secret);

    /**
     * Returns whether the session or API token an actor came with is still valid and its user enabled (the host
     * always is); e.g. for a long-lived event stream to notice changes made by another process.
     */
    boolean stillValid(Actor actor);

    /** Opens a fresh session for the acting user, ending the given one (e.g. after a password change). */
    SignedIn rotate(String previousSecret);

    /** Ends the acting user's session by its secret, and audits the sign-out. */
    void signOut(String secret);

    /** Deletes sessions that have expired or gone idle; returns how many. */
    int purge();

    /**
     * Follows ended credentials (sign-outs, password changes, disabled and deleted users) in this process.
     *
     * @return a handle that stops the notifications when closed
     */
    AutoCloseable onEnded(Consumer<EndedSessions> listener);
}
