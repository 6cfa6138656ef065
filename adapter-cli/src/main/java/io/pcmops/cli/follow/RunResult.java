package io.pcmops.cli.follow;

import io.pcmops.Pcmops;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationQuery;
import io.pcmops.model.OutputGroup;
import io.pcmops.model.Page;
import io.pcmops.model.PageRequest;
import io.pcmops.model.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * A run with all its invocations (output previews of at most 4 KB) and its outputs grouped: the JSON document of
 * {@code run}, {@code runs show}, {@code runs watch} and {@code runs retry}.
 *
 * @param run          the run
 * @param invocations  every invocation, in plan order
 * @param outputGroups targets grouped by identical output, largest group first
 */
public record RunResult(Run run, List<Invocation> invocations, List<OutputGroup> outputGroups) {

    /** Reads a run with every page of its invocations. */
    public static RunResult read(Pcmops pcm, String runId) {
        List<Invocation> all = new ArrayList<>();
        Page<Invocation> page;
        do {
            page = pcm.runs().invocations(runId, InvocationQuery.page(new PageRequest(all.size(), Page.MAX_LIMIT)));
            all.addAll(page.items());
        } while (page.hasMore() && !page.items().isEmpty());
        return new RunResult(pcm.runs().get(runId), all, pcm.runs().outputGroups(runId));
    }
}
