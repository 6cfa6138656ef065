package io.pcmops.model;

import java.util.List;

/**
 * What a password change did: the user as now stored, and the credentials it ended so that whoever held the old
 * password holds nothing any more.
 *
 * @param user          the user
 * @param endedSessions how many other sessions of the user ended
 * @param revokedTokens the user's API tokens that were revoked
 */
public record PasswordChanged(User user, int endedSessions, List<ApiToken> revokedTokens) {

    public PasswordChanged {
        revokedTokens = List.copyOf(revokedTokens);
    }
}
