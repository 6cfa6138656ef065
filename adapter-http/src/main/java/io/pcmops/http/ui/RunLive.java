package io.pcmops.http.ui;

import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;
import io.pcmops.Runs;
import io.pcmops.http.api.RunFilters;
import io.pcmops.http.routing.Callers;
import io.pcmops.http.view.PageContext;
import io.pcmops.http.view.Templates;
import io.pcmops.http.view.Views;
import io.pcmops.http.web.Paths;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.RunEventPump;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationQuery;
import io.pcmops.model.Page;
import io.pcmops.model.Run;
import io.pcmops.model.RunEvent;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * A run page's live parts: the progress fragment pushed over SSE ({@code progress}), a {@code targets} event that
 * makes htmx reload the table when targets changed, and {@code finished} when the run is over.
 */
@Singleton
public final class RunLive {

    private final Templates templates;
    private final Callers callers;

    @Inject
    public RunLive(Templates templates, Callers callers) {
        this.templates = templates;
        this.callers = callers;
    }

    /** Returns the progress view of a run. */
    static Views.Progress progress(Run run) {
        return new Views.Progress(run.id(), run.status(), run.counts(), run.targetCount(), run.finishedCount());
    }

    /** Returns one page of a run's targets, filtered by {@code state} and {@code search}. */
    Views.RunTargets targets(Runs runs, String runId, QueryParams query) {
        String state = String.join(",", query.list("state"));
        String search = query.get("search").orElse("");
        Page<Invocation> page = runs.invocations(runId, new InvocationQuery(RunFilters.states(query.list("state")),
                search, query.page()));
        String base = "/runs/" + Paths.segment(runId) + "/targets?state=" + Paths.segment(state) + "&search="
                + Paths.segment(search) + "&limit=" + page.limit();
        String next = page.hasMore() ? base + "&offset=" + (page.offset() + page.items().size()) : null;
        String previous = page.offset() > 0 ? base + "&offset=" + Math.max(0, page.offset() - page.limit()) : null;
        return new Views.RunTargets(runId, page, state, search, base + "&offset=" + page.offset(), next, previous);
    }

    /** Streams the run's progress to the page. */
    void stream(ServerRequest request, ServerResponse response) {
        Runs runs = callers.library(request).runs();
        Run run = runs.get(QueryParams.path(request, "id"));
        PageContext ctx = templates.context(request, "", "");
        int total = run.targetCount();
        try (SseSink sink = response.sink(SseSink.TYPE)) {
            RunEventPump.pump(runs, run.id(), sink, true, batch -> events(ctx, run.id(), total, batch));
        }
    }

    private List<SseEvent> events(PageContext ctx, String runId, int total, List<RunEvent> batch) {
        RunEvent last = batch.get(batch.size() - 1);
        int finished = last.counts().entrySet().stream().filter(e -> e.getKey().terminal())
                .mapToInt(java.util.Map.Entry::getValue).sum();
        Views.Progress progress = new Views.Progress(runId, last.status(), last.counts(), total, finished);
        String html = templates.fragment(ctx, "run-progress", progress).replace('\n', ' ');
        List<SseEvent> events = new ArrayList<>();
        events.add(SseEvent.builder().name("progress").data(html).build());
        if (batch.stream().anyMatch(event -> !event.changes().isEmpty()) || last.finished()) {
            events.add(SseEvent.builder().name("targets").data("changed").build());
        }
        if (last.finished()) {
            events.add(SseEvent.builder().name("finished").data(last.status().name()).build());
        }
        return events;
    }
}
