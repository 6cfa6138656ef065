package io.pcmops.http.api;

import io.pcmops.Runs;
import io.pcmops.http.web.Responses;
import io.pcmops.model.InvocationQuery;
import io.pcmops.model.Run;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * The JSON of finished runs and of their invocation pages, kept in memory (least recently used first out, 64 MiB
 * at most). A finished run never changes, so many people paging the same run cost one store read per page.
 * Unfinished runs are always read afresh.
 */
@Singleton
public final class FinishedRuns {

    private static final long MAX_BYTES = 64L << 20;

    private final Responses responses;
    private final Map<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    @Inject
    public FinishedRuns(Responses responses) {
        this.responses = responses;
    }

    /** Returns a run's JSON. */
    byte[] run(Runs runs, String runId) {
        String key = "run\n" + runId;
        byte[] cached = get(key);
        if (cached != null) {
            return cached;
        }
        Run run = runs.get(runId);
        byte[] json = responses.bytes(run);
        if (run.status().terminal()) {
            put(key, json);
        }
        return json;
    }

    /** Returns the JSON of one page of a run's invocations. */
    byte[] invocations(Runs runs, String runId, InvocationQuery query) {
        String key = "invocations\n" + runId + "\n" + query.states() + "\n" + query.search() + "\n"
                + query.page().offset() + "\n" + query.page().limit();
        byte[] cached = get(key);
        if (cached != null) {
            return cached;
        }
        boolean finished = runs.get(runId).status().terminal();
        byte[] json = responses.bytes(runs.invocations(runId, query));
        if (finished) {
            put(key, json);
        }
        return json;
    }

    private synchronized byte[] get(String key) {
        return entries.get(key);
    }

    private synchronized void put(String key, byte[] json) {
        byte[] previous = entries.put(key, json);
        bytes += json.length - (previous == null ? 0 : previous.length);
        Iterator<byte[]> eldest = entries.values().iterator();
        while (bytes > MAX_BYTES && eldest.hasNext()) {
            bytes -= eldest.next().length;
            eldest.remove();
        }
    }
}
