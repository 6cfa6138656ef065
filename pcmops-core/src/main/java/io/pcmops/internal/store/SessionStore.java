package io.pcmops.internal.store;

import io.pcmops.model.Session;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Stored server-side sessions, by the hash of their secret. */
public interface SessionStore {

    /** Stores a session. */
    void insert(Session session);

    /** Finds a session by its stored key. */
    Optional<Session> find(String sessionId);

    /** Records activity on a session. */
    void touch(String sessionId, Instant at);

    /** Deletes one session; returns whether it existed. */
    boolean delete(String sessionId);

    /** Deletes every session of a user but one ({@code null}: all); returns the ids deleted. */
    Set<String> deleteAllOf(String userId, String exceptSessionId);

    /** Deletes sessions that ended before {@code now} or have been idle since {@code idleBefore}. */
    int purge(Instant now, Instant idleBefore);
}
