package io.pcmops.model;

import java.util.Set;

/**
 * Credentials of a user that just stopped being valid (sign-out, password change, disabling, deletion), so that
 * whatever still serves them — such as a live event stream — can end too.
 *
 * @param userId     the user
 * @param sessionIds stored keys of the sessions that ended
 * @param tokenIds   ids of the tokens revoked
 * @param allOfUser  whether every credential of the user ended (the user was disabled or deleted)
 */
public record EndedSessions(String userId, Set<String> sessionIds, Set<String> tokenIds, boolean allOfUser) {

    public EndedSessions {
        sessionIds = Set.copyOf(sessionIds);
        tokenIds = Set.copyOf(tokenIds);
    }
}
