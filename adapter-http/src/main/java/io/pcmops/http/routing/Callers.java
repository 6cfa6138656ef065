package io.pcmops.http.routing;

import io.helidon.webserver.http.ServerRequest;
import io.pcmops.Pcmops;
import io.pcmops.http.security.Principals;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Gives handlers the library acting as the signed-in user, so every change is recorded under their name. */
@Singleton
public final class Callers {

    private final Pcmops pcm;

    @Inject
    public Callers(Pcmops pcm) {
        this.pcm = pcm;
    }

    /** Returns the library acting as the request's user. */
    public Pcmops library(ServerRequest request) {
        return pcm.actingAs(Principals.of(request).name());
    }
}
