package io.pcmops.model;

import java.time.Duration;
import java.util.Set;

/**
 * An API token to create for the acting user.
 *
 * @param name     label, 1-100 characters
 * @param lifetime how long it lasts: 1 to 365 days, and never past the expiry of a token it is created with
 * @param rights   the most it may do, or {@code null} for all the creator's current rights; never more than those
 */
public record NewToken(String name, Duration lifetime, Set<Right> rights) {

    public NewToken {
        rights = rights == null ? null : Set.copyOf(rights);
    }
}
