package io.pcmops.internal.service;

import io.pcmops.ForbiddenException;
import io.pcmops.InvalidRequestException;
import io.pcmops.NotFoundException;
import io.pcmops.Tokens;
import io.pcmops.internal.security.Secrets;
import io.pcmops.internal.security.UserRegistry;
import io.pcmops.internal.util.Ids;
import io.pcmops.model.Actor;
import io.pcmops.model.ApiToken;
import io.pcmops.model.Authenticated;
import io.pcmops.model.CreatedToken;
import io.pcmops.model.EndedSessions;
import io.pcmops.model.NewToken;
import io.pcmops.model.Right;
import io.pcmops.model.User;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link Tokens} of the acting {@link Actor}. */
public final class TokenService implements Tokens {

    /** Lifetime of a token when none is asked for. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);
    private static final Duration MAX_LIFETIME = Duration.ofDays(365);
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);
    private static final int MAX_TEXT = 200;

    private final UserRegistry registry;
    private final Actor actor;

    public TokenService(UserRegistry registry, Actor actor) {
        this.registry = registry;
        this.actor = actor;
    }

    @Override
    public CreatedToken create(NewToken request) {
        if (actor.host()) {
            throw new InvalidRequestException("API tokens belong to users; act as a user to create one");
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > 100) {
            throw new InvalidRequestException("a token needs a name of 1-100 characters");
        }
        Instant expiresAt = registry.clock().instant().plus(lifetime(request.lifetime()));
        Set<Right> rights = rights(request.rights());
        if (actor.credential() != null && expiresAt.isAfter(actor.credential().expiresAt())
                && actor.credential().kind() == Actor.Credential.Kind.TOKEN) {
            throw new ForbiddenException("a token cannot outlive the token it is created with, which expires at "
                    + actor.credential().expiresAt());
        }
        String secret = Secrets.apiToken();
        ApiToken token = registry.tokens().insert(Ids.next("t", registry.clock()), actor.userId(), name,
                Secrets.hash(secret), rights, registry.clock().instant(), expiresAt);
        registry.audit(actor.name(), "token.create", token.id(), "ok", Map.of("rights", Right.format(rights),
                "expiresAt", expiresAt.toString()));
        return new CreatedToken(secret, token);
    }

    @Override
    public List<ApiToken> list(boolean all) {
        if (all) {
            actor.require(Right.ADMINISTER, "list everyone's tokens");
        }
        return registry.tokens().list(all || actor.host() ? null : actor.userId());
    }

    @Override
    public ApiToken revoke(String tokenId) {
        ApiToken token = list(actor.may(Right.ADMINISTER)).stream().filter(t -> t.id().equals(tokenId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no token '" + tokenId + "' of yours"));
        ApiToken revoked = registry.tokens().revoke(token.id(), registry.clock().instant());
        registry.events().publish(new EndedSessions(token.userId(), Set.of(), Set.of(token.id()), false));
        registry.audit(actor.name(), "token.revoke", token.id(), "ok", Map.of("owner", token.username()));
        return revoked;
    }

    @Override
    public Optional<Authenticated> authenticate(String tokenText) {
        if (tokenText == null || tokenText.isBlank() || tokenText.length() > MAX_TEXT) {
            return Optional.empty();
        }
        Instant now = registry.clock().instant();
        Optional<ApiToken> token = registry.tokens().findByHash(Secrets.hash(tokenText.strip()))
                .filter(t -> t.usableAt(now));
        Optional<User> user = token.flatMap(t -> registry.users().byId(t.userId())).filter(u -> !u.disabled());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        ApiToken found = token.get();
        if (found.lastUsedAt() == null || found.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            registry.tokens().touch(found.id(), now);
        }
        return Optional.of(new Authenticated(user.get(), Actor.token(user.get(), found), null));
    }

    private static Duration lifetime(Duration requested) {
        Duration lifetime = requested == null ? DEFAULT_LIFETIME : requested;
        if (lifetime.compareTo(Duration.ofDays(1)) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new InvalidRequestException("a token lasts 1 to 365 days");
        }
        return lifetime;
    }

    private Set<Right> rights(Set<Right> requested) {
        if (requested == null) {
            return actor.rights();
        }
        if (requested.isEmpty()) {
            throw new InvalidRequestException("a token needs at least one right");
        }
        Set<Right> missing = EnumSet.copyOf(requested);
        missing.removeAll(actor.rights());
        if (!missing.isEmpty()) {
            throw new ForbiddenException("a token cannot have rights its creator lacks: " + Right.format(missing));
        }
        return requested;
    }
}
