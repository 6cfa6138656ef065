package io.pcmops.internal.security;

import io.pcmops.model.EndedSessions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Tells listeners in this process which sessions and tokens just stopped being valid. */
@Singleton
public final class SessionEvents {

    private static final System.Logger LOG = System.getLogger(SessionEvents.class.getName());

    private final List<Consumer<EndedSessions>> listeners = new CopyOnWriteArrayList<>();

    @Inject
    public SessionEvents() {
    }

    /** Adds a listener; closing the handle removes it. */
    public AutoCloseable listen(Consumer<EndedSessions> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener; one that fails does not stop the others. */
    public void publish(EndedSessions ended) {
        if (ended.sessionIds().isEmpty() && ended.tokenIds().isEmpty() && !ended.allOfUser()) {
            return;
        }
        for (Consumer<EndedSessions> listener : listeners) {
            try {
                listener.accept(ended);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a listener of ended sessions failed: " + e);
            }
        }
    }
}
