package io.pcmops.testkit;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Shortcuts for tests that start runs and wait for them. */
public final class Runs {

    private Runs() {
    }

    /** Starts a shell script on every target of a provider, with the given options. */
    public static Run start(Pcmops pcm, String provider, String script, RunOptions options) {
        RunRequest request = RunRequest.onSelector(Selector.builder().provider(provider).build(),
                ScriptChoice.inline(ScriptLanguage.SHELL, script)).withOptions(options);
        return join(pcm.runs().start(request));
    }

    /** Waits for a run to finish (at most a minute). */
    public static Run finish(Pcmops pcm, Run run) {
        return join(pcm.runs().completion(run.id()));
    }

    /** Returns every invocation of a run, in plan order. */
    public static List<Invocation> invocations(Pcmops pcm, String runId) {
        List<Invocation> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            var page = pcm.runs().invocations(runId, InvocationQuery.page(new PageRequest(offset, 500)));
            all.addAll(page.items());
            if (!page.hasMore()) {
                return all;
            }
            offset += 500;
        }
    }

    /** Options with the given limits and default timeouts. */
    public static RunOptions options(String maxConcurrency, String maxErrors) {
        return new RunOptions(maxConcurrency, maxErrors, null, null);
    }

    /** Options with an execution timeout. */
    public static RunOptions withExecutionTimeout(Duration timeout) {
        return RunOptions.defaults().withExecutionTimeout(timeout);
    }

    static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("waited too long or failed: " + e, e);
        }
    }
}
