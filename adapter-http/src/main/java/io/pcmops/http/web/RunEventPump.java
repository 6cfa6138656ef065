package io.pcmops.http.web;

import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.sse.SseSink;
import io.pcmops.Runs;
import io.pcmops.model.RunEvent;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Streams a run's events to one Server-Sent Events client until the run finishes, the client goes away or the
 * caller's session or token ends. The handler's virtual thread waits on a queue the library fills, looking up
 * every second whether the stream must end; a comment every 15 s keeps proxies from closing the stream, notices a
 * client that left and re-checks the caller's credential.
 */
public final class RunEventPump {

    private static final int KEEP_ALIVE_SECONDS = 15;

    private RunEventPump() {
    }

    /** Tells the pump when the caller's stream must end (e.g. its session or token ended). */
    public interface Cutoff {

        /** Returns whether the stream was told to end. */
        boolean ended();

        /** Returns whether the stream must end, checking the caller's credential now. */
        boolean endedNow();
    }

    /**
     * Pumps events into the sink.
     *
     * @param runs     the runs API (the run must exist)
     * @param runId    run id
     * @param sink     the response's SSE sink
     * @param coalesce whether events waiting in the queue are merged into the latest (pages need only the latest
     *                 state); otherwise every event is sent
     * @param render   turns events (the latest last) into SSE events
     * @param stream   when the caller's stream must end; the pump stops then
     */
    public static void pump(Runs runs, String runId, SseSink sink, boolean coalesce,
                            Function<List<RunEvent>, List<SseEvent>> render, Cutoff stream) {
        BlockingQueue<RunEvent> queue = new LinkedBlockingQueue<>();
        AutoCloseable watch = runs.watch(runId, queue::add);
        try {
            boolean finished = false;
            int quiet = 0;
            while (!finished && !stream.ended()) {
                RunEvent event = queue.poll(1, TimeUnit.SECONDS);
                if (event == null) {
                    if (++quiet % KEEP_ALIVE_SECONDS == 0 && !stream.endedNow()) {
                        sink.emit(SseEvent.builder().comment("keep-alive").build());
                    }
                    continue;
                }
                List<RunEvent> batch = new ArrayList<>(List.of(event));
                if (coalesce) {
                    queue.drainTo(batch);
                }
                render.apply(batch).forEach(sink::emit);
                finished = batch.get(batch.size() - 1).finished();
            }
        } catch (UncheckedIOException gone) {
            // the client closed the stream
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(watch);
        }
    }

    private static void close(AutoCloseable watch) {
        try {
            watch.close();
        } catch (Exception ignored) {
            // nothing more to release
        }
    }
}
