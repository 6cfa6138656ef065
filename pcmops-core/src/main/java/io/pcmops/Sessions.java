package io.pcmops;

import io.pcmops.model.Session;
import java.time.Instant;
import java.util.Optional;

/** Stored server-side sessions. */
public interface Sessions {

    /** Stores a session. */
    Session create(Session session);

    /** Finds a session by its stored key. */
    Optional<Session> find(String sessionId);

    /** Records activity on a session. */
    void touch(String sessionId, Instant at);

    /** Deletes one session. */
    void delete(String sessionId);

    /** Deletes every session of a user. */
    void deleteAllOf(String userId);

    /** Deletes sessions that ended before {@code now} or have been idle since {@code idleBefore}. */
    int purge(Instant now, Instant idleBefore);
}
