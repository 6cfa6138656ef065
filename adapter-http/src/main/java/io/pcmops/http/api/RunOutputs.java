package io.pcmops.http.api;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;
import io.pcmops.Runs;
import io.pcmops.http.routing.Callers;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.http.web.RunEventPump;
import io.pcmops.model.InvocationOutput;
import io.pcmops.model.OutputText;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Singleton;

/** The streamed parts of the runs API: one target's full output, and run events as Server-Sent Events. */
@Singleton
public final class RunOutputs {

    private static final int CHUNK = 64 * 1024;

    private final Callers callers;
    private final Responses responses;

    @Inject
    public RunOutputs(Callers callers, Responses responses) {
        this.callers = callers;
        this.responses = responses;
    }

    /** Streams {@code stdout} (or {@code ?stream=stderr}) as text; with {@code Accept: application/json}, both. */
    void output(ServerRequest request, ServerResponse response) throws Exception {
        InvocationOutput output = callers.library(request).runs().output(QueryParams.path(request, "id"),
                QueryParams.path(request, "targetId"));
        if (request.headers().first(HeaderNames.ACCEPT).orElse("").startsWith("application/json")) {
            responses.json(response, output);
            return;
        }
        String stream = QueryParams.of(request).get("stream").orElse("stdout");
        OutputText text = switch (stream) {
            case "stdout" -> output.stdout();
            case "stderr" -> output.stderr();
            default -> throw HttpProblem.badRequest("query parameter 'stream' must be stdout or stderr");
        };
        response.headers().set(HeaderValues.create(HeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8"));
        response.header("X-Pcmops-State", output.state().name());
        response.header("X-Pcmops-Exit-Code", output.exitCode() == null ? "" : output.exitCode().toString());
        response.header("X-Pcmops-Truncated", Boolean.toString(text.truncated()));
        write(text.text(), response);
    }

    /** Sends the run's events as JSON {@code RunEvent}s named {@code progress}, ending with the last one. */
    void events(ServerRequest request, ServerResponse response) {
        Runs runs = callers.library(request).runs();
        String id = QueryParams.path(request, "id");
        runs.get(id);
        try (SseSink sink = response.sink(SseSink.TYPE)) {
            RunEventPump.pump(runs, id, sink, false, batch -> batch.stream().map(event -> SseEvent.builder()
                    .name(event.finished() ? "finished" : "progress").id(Long.toString(event.sequence()))
                    .data(responses.text(event)).build()).toList());
        }
    }

    private static void write(String text, ServerResponse response) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = response.outputStream()) {
            for (int offset = 0; offset < bytes.length; offset += CHUNK) {
                out.write(bytes, offset, Math.min(CHUNK, bytes.length - offset));
            }
        }
    }

}
