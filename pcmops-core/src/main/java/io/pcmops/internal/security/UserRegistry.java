package io.pcmops.internal.security;

import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.store.BackoffStore;
import io.pcmops.internal.store.SessionStore;
import io.pcmops.internal.store.TokenStore;
import io.pcmops.internal.store.UserStore;
import io.pcmops.model.Actor;
import io.pcmops.model.ApiToken;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.EndedSessions;
import io.pcmops.model.SignInPolicy;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * What the user, token and session services share: the stores, the password hasher, the sign-in back-off, the
 * audit log and the listeners of ended sessions.
 */
@Singleton
public final class UserRegistry {

    private final UserStore users;
    private final TokenStore tokens;
    private final SessionStore sessions;
    private final PasswordHasher hasher;
    private final SignInBackoff backoff;
    private final AuditLog audit;
    private final SessionEvents events;
    private final SignInPolicy policy;
    private final Clock clock;

    @Inject
    public UserRegistry(UserStore users, TokenStore tokens, SessionStore sessions, BackoffStore backoff,
                        PasswordHasher hasher, AuditLog audit, SessionEvents events, SignInPolicy policy,
                        Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.sessions = sessions;
        this.hasher = hasher;
        this.audit = audit;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
        this.backoff = new SignInBackoff(backoff, policy, clock);
    }

    /** Returns the stored users. */
    public UserStore users() {
        return users;
    }

    /** Returns the stored API tokens. */
    public TokenStore tokens() {
        return tokens;
    }

    /** Returns the stored sessions. */
    public SessionStore sessions() {
        return sessions;
    }

    /** Returns the Argon2id password hasher. */
    public PasswordHasher hasher() {
        return hasher;
    }

    /** Returns the sign-in back-off per user and address. */
    public SignInBackoff backoff() {
        return backoff;
    }

    /** Returns the listeners of ended sessions. */
    public SessionEvents events() {
        return events;
    }

    /** Returns the sign-in and session policy. */
    public SignInPolicy policy() {
        return policy;
    }

    /** Returns the clock. */
    public Clock clock() {
        return clock;
    }

    /** Records an audit entry about a user. */
    public void audit(String actor, String action, String subject, String result, Map<String, String> details) {
        audit.append(new AuditEntry(actor, action, subject, "", null, result, details));
    }

    /**
     * Ends a user's sessions (all but the actor's own) and, when asked, revokes their usable tokens; tells the
     * listeners.
     *
     * @return the tokens revoked
     */
    public Ended endCredentials(String userId, Actor actor, boolean revokeTokens, boolean allOfUser) {
        String keep = actor.credential() != null && userId.equals(actor.userId()) ? actor.credential().id() : null;
        Set<String> ended = sessions.deleteAllOf(userId, keep);
        List<ApiToken> revoked = revokeTokens ? tokens.revokeAllOf(userId, clock.instant()) : List.of();
        events.publish(new EndedSessions(userId, ended, revoked.stream().map(ApiToken::id)
                .collect(Collectors.toSet()), allOfUser));
        return new Ended(ended.size(), revoked);
    }

    /**
     * What {@link #endCredentials} ended.
     *
     * @param sessions how many sessions
     * @param tokens   the tokens revoked
     */
    public record Ended(int sessions, List<ApiToken> tokens) {
    }
}
