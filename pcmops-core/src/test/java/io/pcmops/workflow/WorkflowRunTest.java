package io.pcmops.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.model.Difference;
import io.pcmops.model.ExportFormat;
import io.pcmops.model.FactComparison;
import io.pcmops.model.FactSource;
import io.pcmops.model.GateAnswer;
import io.pcmops.model.GateView;
import io.pcmops.model.PageRequest;
import io.pcmops.model.Run;
import io.pcmops.model.Selector;
import io.pcmops.model.TargetStepResult;
import io.pcmops.model.Verdict;
import io.pcmops.model.WorkflowReport;
import io.pcmops.model.WorkflowRun;
import io.pcmops.model.WorkflowRunRequest;
import io.pcmops.model.WorkflowRunStatus;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.TestLibraries;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowRunTest {

    @TempDir
    Path dir;

    private final StubWorkflows stub = new StubWorkflows();
    private StubProvider provider;
    private Pcmops pcm;

    @BeforeEach
    void open() {
        provider = stub.provider(6, Duration.ZERO, null);
        pcm = TestLibraries.open(dir, provider);
        pcm.workflows().save(StubWorkflows.YAML);
    }

    @AfterEach
    void close() {
        pcm.close();
    }

    @Test
    void run_stopsAtTheGateThenRunsEachGroupWithItsAnswerAndFinishes() throws Exception {
        stub.broken.add(3);
        WorkflowRun waiting = startAndSettle();

        assertThat(waiting.status()).isEqualTo(WorkflowRunStatus.WAITING);
        assertThat(waiting.currentStep()).isEqualTo("apply");
        GateView gate = pcm.workflows().gate(waiting.id()).orElseThrow();
        assertThat(gate.groups()).extracting(g -> g.key()).containsExactly("group g0", "group g1");
        assertThat(gate.groups().get(0).choices()).containsExactly("1.10", "1.2");
        assertThat(gate.groups().get(1).targetIds()).hasSize(2);

        WorkflowRun done = answer(waiting.id(), Map.of("group g0", "1.10", "group g1", "1.2"));

        assertThat(done.status()).isEqualTo(WorkflowRunStatus.COMPLETED_WITH_FAILURES);
        Map<String, TargetStepResult> check = results(done.id(), "check");
        assertThat(check.values()).extracting(TargetStepResult::verdict)
                .containsOnly(Verdict.PASS, Verdict.WARN, Verdict.FAIL);
        TargetStepResult broken = check.values().stream().filter(r -> r.verdict() == Verdict.FAIL).findFirst()
                .orElseThrow();
        assertThat(broken.reasons()).containsExactly("not ok on " + broken.target().name());
        assertThat(broken.next()).isNull();
        assertThat(check.values().stream().filter(r -> r.verdict() == Verdict.WARN).findFirst().orElseThrow()
                .reasons()).containsExactly("slow disk");
        Map<String, TargetStepResult> apply = results(done.id(), "apply");
        assertThat(apply).hasSize(5);
        assertThat(apply.values()).allSatisfy(r -> {
            assertThat(r.facts().get("applied")).isEqualTo(r.answer());
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        });
        assertThat(done.step("apply").runIds()).hasSize(2);
        assertThat(done.step("verify").count(Verdict.PASS)).isEqualTo(5);
        List<Run> runs = done.steps().stream().flatMap(s -> s.runIds().stream()).map(pcm.runs()::get).toList();
        assertThat(runs).hasSize(4).allSatisfy(r -> assertThat(r.scriptName()).startsWith("wf.stub-three."));
    }

    @Test
    void retry_rerunsFailedTargetsWhichThenJoinTheAnsweredGroup() throws Exception {
        stub.broken.add(2);
        WorkflowRun waiting = startAndSettle();
        WorkflowRun done = answer(waiting.id(), Map.of("group g0", "1.2", "group g1", "1.2"));
        assertThat(results(done.id(), "verify")).hasSize(5);

        stub.broken.clear();
        pcm.workflows().retry(done.id(), "check");
        WorkflowRun again = pcm.workflows().settled(done.id()).get(30, TimeUnit.SECONDS);

        assertThat(again.status()).isEqualTo(WorkflowRunStatus.SUCCEEDED);
        assertThat(results(done.id(), "verify")).hasSize(6);
        TargetStepResult retried = results(done.id(), "check").values().stream().filter(r -> r.attempt() == 2)
                .findFirst().orElseThrow();
        assertThat(retried.verdict()).isEqualTo(Verdict.PASS);
        assertThat(again.step("check").runIds()).hasSize(2);
        assertThatThrownBy(() -> pcm.workflows().retry(done.id(), "check"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("no failed target");
    }

    @Test
    void skip_stopsThatGroupAndCancel_endsAWaitingRun() throws Exception {
        WorkflowRun waiting = startAndSettle();
        WorkflowRun done = answer(waiting.id(), Map.of("group g0", "skip", "group g1", "1.10"));
        assertThat(done.status()).isEqualTo(WorkflowRunStatus.COMPLETED_WITH_FAILURES);
        assertThat(results(done.id(), "apply").values()).extracting(TargetStepResult::verdict)
                .containsOnly(Verdict.SKIPPED, Verdict.PASS);

        WorkflowRun other = startAndSettle();
        assertThatThrownBy(() -> pcm.workflows().answer(other.id(), GateAnswer.choose(Map.of("group g0", "9.9"))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not a choice");
        WorkflowRun cancelled = pcm.workflows().cancel(other.id());
        assertThat(cancelled.status()).isEqualTo(WorkflowRunStatus.CANCELLED);
    }

    @Test
    void compareAndReports_showFactsPerTargetAndEveryStep() throws Exception {
        WorkflowRun first = answer(startAndSettle().id(), Map.of("group g0", "1.2", "group g1", "1.2"));
        WorkflowRun second = answer(startAndSettle().id(), Map.of("group g0", "1.10", "group g1", "1.2"));

        FactComparison comparison = pcm.workflows().compare(FactSource.workflowRun(first.id()),
                FactSource.workflowRun(second.id()));
        assertThat(comparison.counts()).containsEntry(Difference.CHANGED, 6);
        var target = comparison.targets().get(0);
        assertThat(target.changes()).extracting(c -> c.fact()).contains("applied", "kernel");
        FactComparison same = pcm.workflows().compare(FactSource.step(first.id(), "check"),
                FactSource.step(second.id(), "check"));
        assertThat(same.counts()).containsEntry(Difference.UNCHANGED, 6);

        String md = report(first.id(), WorkflowReport.FULL, ExportFormat.MD);
        assertThat(md).contains("# Workflow run " + first.id(), "## Step Check (`check`)", "| applied | 1.2 |",
                "stdout:");
        assertThat(report(first.id(), WorkflowReport.FULL, ExportFormat.CSV).lines().count()).isGreaterThan(18);
        assertThat(report(first.id(), WorkflowReport.FULL, ExportFormat.HTML)).contains("<td class=\"PASS\">PASS");
        assertThat(report(first.id(), WorkflowReport.FULL, ExportFormat.JSON)).contains("\"workflowRun\"");
        String finalMd = report(first.id(), WorkflowReport.FINAL, ExportFormat.MD);
        assertThat(finalMd).contains("# Evidence", "### Summary", "### Patch Script", "yum -y update");
        assertThat(report(first.id(), WorkflowReport.FINAL, ExportFormat.CSV)).contains("Patch Script");
    }

    @Test
    void badParameters_areRefusedBeforeAnythingRuns() {
        var request = WorkflowRunRequest.onSelector("stub-three", Selector.builder().provider("stub").build())
                .withParameters(Map.of("MODE", "turbo"));
        assertThatThrownBy(() -> pcm.workflows().start(request).join())
                .hasCauseInstanceOf(InvalidRequestException.class).hasMessageContaining("MODE");
        assertThat(pcm.workflows().runs(PageRequest.first()).items()).isEmpty();
        assertThat(provider.stats().unitsSent()).isEmpty();
    }

    private WorkflowRun startAndSettle() throws Exception {
        WorkflowRun run = pcm.workflows().start(WorkflowRunRequest.onSelector("stub-three",
                Selector.builder().provider("stub").build())).join();
        return pcm.workflows().settled(run.id()).get(30, TimeUnit.SECONDS);
    }

    private WorkflowRun answer(String id, Map<String, String> choices) throws Exception {
        pcm.workflows().answer(id, GateAnswer.choose(choices));
        return pcm.workflows().settled(id).get(30, TimeUnit.SECONDS);
    }

    private Map<String, TargetStepResult> results(String id, String step) {
        return pcm.workflows().results(id, step, PageRequest.of(0, 500)).items().stream()
                .collect(Collectors.toMap(r -> r.target().targetId(), r -> r));
    }

    private String report(String id, WorkflowReport kind, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pcm.workflows().report(id, kind, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
