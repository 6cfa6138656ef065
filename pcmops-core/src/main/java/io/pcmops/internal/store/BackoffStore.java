package io.pcmops.internal.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Failed sign-ins per user and client address. */
public interface BackoffStore {

    /**
     * The failures of one user from one address.
     *
     * @param failures      failures counted (before decay)
     * @param lastFailureAt the latest failure
     */
    record Failures(int failures, Instant lastFailureAt) {
    }

    /** Returns the failures of a user from an address, if any are stored. */
    Optional<Failures> find(String userId, String client);

    /** Stores the failures of a user from an address, keeping at most {@code keep} addresses per user. */
    void save(String userId, String client, Failures failures, int keep);

    /** Forgets one address's failures for a user. */
    void clear(String userId, String client);

    /** Forgets a user's failures from every address; returns how many addresses had some. */
    int clearAll(String userId);

    /** Deletes rows whose failures have all decayed by {@code now}, one failure per {@code forgetEvery}. */
    int purge(Instant now, Duration forgetEvery);
}
