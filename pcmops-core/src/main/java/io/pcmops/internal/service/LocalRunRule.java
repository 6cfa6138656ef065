package io.pcmops.internal.service;

import io.pcmops.internal.local.LocalProvider;
import io.pcmops.model.Actor;
import io.pcmops.model.Right;

/**
 * Running on the {@code local} provider runs scripts on the library's own host as its user (for the server: with
 * access to its data directory), so planning or running there needs the {@link Right#RUN_LOCAL} right: admins
 * have it, an admin may grant it to operators, and the host (the command line on its own data directory) has it.
 */
final class LocalRunRule {

    private LocalRunRule() {
    }

    /** Fails unless the actor may plan or run on the provider. */
    static void check(Actor actor, String providerId, String what) {
        if (LocalProvider.ID.equals(providerId)) {
            actor.require(Right.RUN_LOCAL, what + " on the local provider (this host)");
        }
    }
}
