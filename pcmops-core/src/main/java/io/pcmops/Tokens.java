package io.pcmops;

import io.pcmops.model.ApiToken;
import io.pcmops.model.Authenticated;
import io.pcmops.model.CreatedToken;
import io.pcmops.model.NewToken;
import java.util.List;
import java.util.Optional;

/**
 * API tokens of the acting user; the token text is shown once and only its hash is stored. Creating and revoking
 * are audited. A token never outlives, nor has more rights than, the token it was created with.
 */
public interface Tokens {

    /**
     * Creates a token for the acting user.
     *
     * @throws InvalidRequestException for a bad name or lifetime, or when the actor is the host (tokens belong to
     *                                 users)
     * @throws ForbiddenException      when it would outlive the creating token or have rights the creator lacks
     */
    CreatedToken create(NewToken token);

    /**
     * Lists the acting user's tokens, newest first; with {@code all}, everyone's.
     *
     * @throws ForbiddenException for {@code all} without the {@code administer} right
     */
    List<ApiToken> list(boolean all);

    /**
     * Revokes one of the acting user's tokens (an administrator may revoke anyone's).
     *
     * @throws NotFoundException when there is no such token the actor may see
     */
    ApiToken revoke(String tokenId);

    /** Returns who a token text stands for, when it is known, unexpired, unrevoked and its user enabled. */
    Optional<Authenticated> authenticate(String tokenText);
}
