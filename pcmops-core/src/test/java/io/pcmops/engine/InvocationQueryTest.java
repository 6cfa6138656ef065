package io.pcmops.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationQuery;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Page;
import io.pcmops.model.PageRequest;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.Runs;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvocationQueryTest {

    @TempDir
    Path dir;

    @Test
    void invocations_filteredByStateAndText_pageInPlanOrder() {
        try (Pcmops pcm = TestLibraries.open(dir, StubProvider.builder().targets(30).accounts(1).regions("r1")
                .failEvery(3).build())) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "stub", "x", RunOptions.defaults().withMaxErrors("100%")));
            Page<Invocation> failed = pcm.runs().invocations(done.id(),
                    new InvocationQuery(Set.of(InvocationState.FAILED), null, new PageRequest(2, 3)));
            assertThat(failed.total()).isEqualTo(10);
            assertThat(failed.items()).extracting(i -> i.target().targetId())
                    .containsExactly("stub-000009", "stub-000012", "stub-000015");
            assertThat(failed.items()).allSatisfy(i -> assertThat(i.stderr()).isEqualTo("failed on purpose\n"));
            assertThat(failed.items()).allSatisfy(i -> assertThat(i.providerRef()).startsWith("stub-"));
            Page<Invocation> named = pcm.runs().invocations(done.id(),
                    new InvocationQuery(Set.of(), "NODE-2", PageRequest.first()));
            assertThat(named.items()).extracting(i -> i.target().name()).allMatch(n -> n.startsWith("node-2"));
            assertThat(named.total()).isEqualTo(11);
        }
    }
}
