package io.pcmops.model;

/**
 * A session just opened by signing in.
 *
 * @param secret  the value the client keeps (e.g. in a cookie); only its hash is stored
 * @param session the stored session
 * @param user    the user
 */
public record SignedIn(String secret, Session session, User user) {

    /** Returns the actor the session acts as. */
    public Actor actor() {
        return Actor.session(user, session);
    }

    @Override
    public String toString() {
        return "SignedIn[" + user.username() + ", session " + session.id() + ", secret redacted]";
    }
}
