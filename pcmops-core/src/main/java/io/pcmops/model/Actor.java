package io.pcmops.model;

import io.pcmops.ForbiddenException;
import io.pcmops.InvalidRequestException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who asks the library to do something, and what they may do. Either the <em>host</em> — the command line or an
 * embedding program working on its own data directory, with every right — or a signed-in <em>user</em>, with the
 * rights of their roles and grants, narrowed to a token's rights when they come with an API token. Every change
 * is audited under {@link #name()}.
 *
 * @param name       name changes are recorded under
 * @param userId     the user's id, or {@code null} for the host
 * @param rights     what the actor may do
 * @param credential how a user proved who they are, or {@code null} (the host, or a user acting in process)
 */
public record Actor(String name, String userId, Set<Right> rights, Credential credential) {

    /**
     * The session or API token a user came with.
     *
     * @param kind      session or token
     * @param id        session key as stored, or token id
     * @param expiresAt when the credential ends
     */
    public record Credential(Kind kind, String id, Instant expiresAt) {

        /** Kinds of credential. */
        public enum Kind { SESSION, TOKEN }
    }

    public Actor {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("an actor name is needed");
        }
        rights = rights == null || rights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rights));
    }

    /** Returns the host: the process working on its own data directory, with every right. */
    public static Actor host(String name) {
        return new Actor(name, null, EnumSet.allOf(Right.class), null);
    }

    /** Returns a user acting in process (no session or token), with the rights of their roles and grants. */
    public static Actor user(User user) {
        return new Actor(user.username(), user.id(), user.rights(), null);
    }

    /** Returns a user signed in with a session. */
    public static Actor session(User user, Session session) {
        return new Actor(user.username(), user.id(), user.rights(),
                new Credential(Credential.Kind.SESSION, session.id(), session.expiresAt()));
    }

    /** Returns a user calling with an API token: the user's current rights, narrowed to the token's. */
    public static Actor token(User user, ApiToken token) {
        Set<Right> rights = EnumSet.noneOf(Right.class);
        rights.addAll(user.rights());
        rights.retainAll(token.rights());
        return new Actor(user.username(), user.id(), rights,
                new Credential(Credential.Kind.TOKEN, token.id(), token.expiresAt()));
    }

    /** Returns whether this is the host rather than a user. */
    public boolean host() {
        return userId == null;
    }

    /** Returns whether the actor has a right. */
    public boolean may(Right right) {
        return rights.contains(right);
    }

    /**
     * Fails unless the actor has a right.
     *
     * @param right the right needed
     * @param what  what it is needed for, e.g. "manage users"
     * @throws ForbiddenException when the actor lacks it
     */
    public void require(Right right, String what) {
        if (!may(right)) {
            throw new ForbiddenException("to " + what + " you need the '" + right.id() + "' right; " + name
                    + " has " + (rights.isEmpty() ? "none" : Right.format(rights)));
        }
    }

    /** Returns whether the actor is a user acting through this session. */
    public boolean viaSession(String sessionId) {
        return credential != null && credential.kind() == Credential.Kind.SESSION && credential.id().equals(sessionId);
    }
}
