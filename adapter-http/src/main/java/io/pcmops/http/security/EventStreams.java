package io.pcmops.http.security;

import io.pcmops.Pcmops;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.RunEventPump;
import io.pcmops.model.EndedSessions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * The live event streams (Server-Sent Events) open in this server: at most {@link ServerSettings#streamsPerUser()}
 * per user, and each ends when its session or token does (sign-out, password change, a disabled or deleted user),
 * as the library reports; a stream also checks its credential itself now and then, for changes made elsewhere.
 */
@Singleton
public final class EventStreams {

    private final Pcmops pcm;
    private final int perUser;
    private final List<Stream> open = new ArrayList<>();

    @Inject
    public EventStreams(Pcmops pcm, ServerSettings settings) {
        this.pcm = pcm;
        this.perUser = settings.streamsPerUser();
        pcm.sessions().onEnded(this::ended);
    }

    /**
     * Opens a stream for a caller.
     *
     * @throws HttpProblem 429 when the user already has as many streams open as allowed
     */
    public synchronized Stream open(Principal principal) {
        long mine = open.stream().filter(s -> s.principal.user().id().equals(principal.user().id())).count();
        if (mine >= perUser) {
            throw HttpProblem.tooManyRequests("you already have " + mine + " live event streams open (the most "
                    + "allowed); close one first", Duration.ofSeconds(5));
        }
        Stream stream = new Stream(principal);
        open.add(stream);
        return stream;
    }

    /** Returns how many streams a user has open. */
    public synchronized int openBy(String userId) {
        return (int) open.stream().filter(s -> s.principal.user().id().equals(userId)).count();
    }

    private synchronized void ended(EndedSessions ended) {
        for (Stream stream : open) {
            Principal p = stream.principal;
            boolean ofUser = ended.allOfUser() && ended.userId().equals(p.user().id());
            if (ofUser || ended.sessionIds().contains(p.sessionKey()) || ended.tokenIds().contains(p.tokenId())) {
                stream.ended = true;
            }
        }
    }

    private synchronized void remove(Stream stream) {
        open.remove(stream);
    }

    /** One open stream; closing it gives its place back. */
    public final class Stream implements RunEventPump.Cutoff, AutoCloseable {

        private final Principal principal;
        private volatile boolean ended;

        private Stream(Principal principal) {
            this.principal = principal;
        }

        /** Returns whether the stream must end: its credential ended, as reported or as checked now. */
        @Override
        public boolean endedNow() {
            ended = ended || !pcm.sessions().stillValid(principal.actor());
            return ended;
        }

        /** Returns whether the stream was told to end. */
        @Override
        public boolean ended() {
            return ended;
        }

        @Override
        public void close() {
            remove(this);
        }
    }
}
