package io.pcmops.model;

/**
 * A caller recognised by a session or an API token.
 *
 * @param user    the user, as stored now
 * @param actor   the actor to act as (the user's rights, narrowed to a token's)
 * @param session the session, or {@code null} for a token
 */
public record Authenticated(User user, Actor actor, Session session) {
}
