package io.pcmops.internal.security;

import io.pcmops.internal.store.BackoffStore;
import io.pcmops.internal.store.BackoffStore.Failures;
import io.pcmops.model.SignInPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down failed sign-ins per user and client address ({@link SignInPolicy}): an address that keeps failing
 * for a user waits longer and longer before it may try again, while the user signs in from anywhere else as usual;
 * the count decays by itself, and a success from an address clears that address.
 */
public final class SignInBackoff {

    /** Addresses remembered per user; the oldest are forgotten first. */
    static final int ADDRESSES_PER_USER = 1000;
    private static final int MAX_CLIENT_LENGTH = 100;

    private final BackoffStore store;
    private final SignInPolicy policy;
    private final Clock clock;

    public SignInBackoff(BackoffStore store, SignInPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    /** Returns the address as it is keyed: at most 100 characters, never blank. */
    public static String clientKey(String client) {
        String value = client == null || client.isBlank() ? "unknown" : client.strip();
        return value.length() > MAX_CLIENT_LENGTH ? value.substring(0, MAX_CLIENT_LENGTH) : value;
    }

    /** Returns until when the address must wait before trying this user again, when it must. */
    public Optional<Instant> waitUntil(String userId, String client) {
        Instant now = clock.instant();
        return store.find(userId, client).map(f -> f.lastFailureAt().plus(policy.delayAfter(f.failures())))
                .filter(now::isBefore);
    }

    /** Counts a failure; returns until when the address must now wait, when it must. */
    public Optional<Instant> fail(String userId, String client) {
        Instant now = clock.instant();
        int failures = store.find(userId, client).map(f -> decayed(f, now)).orElse(0) + 1;
        store.save(userId, client, new Failures(failures, now), ADDRESSES_PER_USER);
        Duration delay = policy.delayAfter(failures);
        return delay.isZero() ? Optional.empty() : Optional.of(now.plus(delay));
    }

    /** Clears the address after a successful sign-in. */
    public void succeed(String userId, String client) {
        store.clear(userId, client);
    }

    /** Forgets the user's failures from every address; returns how many addresses had some. */
    public int clearAll(String userId) {
        return store.clearAll(userId);
    }

    /** Deletes what has fully decayed. */
    public int purge() {
        return store.purge(clock.instant(), policy.forgetEvery());
    }

    private int decayed(Failures failures, Instant now) {
        long forgotten = Duration.between(failures.lastFailureAt(), now).toMillis() / policy.forgetEvery().toMillis();
        return (int) Math.max(0, failures.failures() - Math.max(0, forgotten));
    }
}
