package io.pcmops.internal.service;

import io.pcmops.InvalidRequestException;
import io.pcmops.Sessions;
import io.pcmops.internal.security.Secrets;
import io.pcmops.internal.security.UserRegistry;
import io.pcmops.model.Actor;
import io.pcmops.model.Authenticated;
import io.pcmops.model.EndedSessions;
import io.pcmops.model.Session;
import io.pcmops.model.SignedIn;
import io.pcmops.model.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** {@link Sessions}: sign-in with back-off, and sessions kept by the hash of their secret. */
public final class SessionService implements Sessions {

    private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);
    private static final int MAX_SECRET = 200;

    private final UserRegistry registry;
    private final Actor actor;

    public SessionService(UserRegistry registry, Actor actor) {
        this.registry = registry;
        this.actor = actor;
    }

    @Override
    public SignedIn signIn(String username, String password, String client, Optional<String> previousSecret) {
        User user = new SignInCheck(registry).check(username, password, client);
        previousSecret.ifPresent(this::end);
        return open(user);
    }

    @Override
    public Optional<Authenticated> resume(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > MAX_SECRET) {
            return Optional.empty();
        }
        String key = Secrets.hash(secret);
        Instant now = registry.clock().instant();
        Optional<Session> found = registry.sessions().find(key);
        if (found.isPresent() && !found.get().activeAt(now, registry.policy().idleTimeout())) {
            registry.sessions().delete(key);
            return Optional.empty();
        }
        Optional<User> user = found.flatMap(s -> registry.users().byId(s.userId())).filter(u -> !u.disabled());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Session session = found.get();
        if (session.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            registry.sessions().touch(key, now);
        }
        return Optional.of(new Authenticated(user.get(), Actor.session(user.get(), session), session));
    }

    @Override
    public boolean stillValid(Actor other) {
        if (other.host()) {
            return true;
        }
        Instant now = registry.clock().instant();
        boolean enabled = registry.users().byId(other.userId()).filter(u -> !u.disabled()).isPresent();
        Actor.Credential credential = other.credential();
        if (!enabled || credential == null) {
            return enabled;
        }
        return switch (credential.kind()) {
            case SESSION -> registry.sessions().find(credential.id())
                    .filter(s -> s.activeAt(now, registry.policy().idleTimeout())).isPresent();
            case TOKEN -> registry.tokens().list(other.userId()).stream()
                    .anyMatch(t -> t.id().equals(credential.id()) && t.usableAt(now));
        };
    }

    @Override
    public SignedIn rotate(String previousSecret) {
        User user = registry.users().byId(actor.host() ? "" : actor.userId()).orElseThrow(
                () -> new InvalidRequestException("only a signed-in user has a session to rotate"));
        end(previousSecret);
        return open(user);
    }

    @Override
    public void signOut(String secret) {
        if (secret != null) {
            end(secret);
        }
        registry.audit(actor.name(), "logout", actor.name(), "ok", Map.of());
    }

    @Override
    public int purge() {
        Instant now = registry.clock().instant();
        registry.backoff().purge();
        return registry.sessions().purge(now, now.minus(registry.policy().idleTimeout()));
    }

    @Override
    public AutoCloseable onEnded(Consumer<EndedSessions> listener) {
        return registry.events().listen(listener);
    }

    private SignedIn open(User user) {
        String secret = Secrets.random();
        Instant now = registry.clock().instant();
        Session session = new Session(Secrets.hash(secret), user.id(), Secrets.random(), now, now,
                now.plus(registry.policy().sessionLifetime()));
        registry.sessions().insert(session);
        return new SignedIn(secret, session, user);
    }

    private void end(String secret) {
        String key = Secrets.hash(secret);
        Optional<Session> session = registry.sessions().find(key);
        if (session.isPresent() && registry.sessions().delete(key)) {
            registry.events().publish(new EndedSessions(session.get().userId(), Set.of(key), Set.of(), false));
        }
    }
}
