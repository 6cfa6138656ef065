package io.pcmops.aws;

import io.pcmops.Pcmops;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationQuery;
import io.pcmops.model.PageRequest;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Starts runs through the library and reads their invocations, for the end-to-end tests. */
final class RunSupport {

    /**
     * All at once, no error budget; an hour to deliver and to run: 3.6 real seconds at the test environment's time
     * scale, so that a loaded machine's scheduling delays never pass for SSM timeouts (a 60 s delivery timeout would
     * be 60 ms). Timeout windows are tested at a larger scale ({@code AwsProviderTimeScaleTest}).
     */
    static final RunOptions FAST = new RunOptions("100%", "100%", Duration.ofHours(1), Duration.ofHours(1));

    private RunSupport() {
    }

    static Run start(Pcmops pcm, Selector selector, String script, RunOptions options) {
        return pcm.runs().start(new RunRequest(null, selector, ScriptChoice.inline(ScriptLanguage.SHELL, script),
                Map.of(), options, null, null)).join();
    }

    static Run finish(Pcmops pcm, Run run) throws Exception {
        return pcm.runs().completion(run.id()).get(90, TimeUnit.SECONDS);
    }

    static Run run(Pcmops pcm, Selector selector, String script, RunOptions options) throws Exception {
        return finish(pcm, start(pcm, selector, script, options));
    }

    static Map<String, Invocation> invocations(Pcmops pcm, String runId) {
        List<Invocation> items = pcm.runs().invocations(runId, InvocationQuery.page(PageRequest.of(0, 500))).items();
        return items.stream().collect(Collectors.toMap(i -> i.target().targetId(), Function.identity()));
    }

    static Selector aws() {
        return Selector.builder().provider("aws").build();
    }
}
