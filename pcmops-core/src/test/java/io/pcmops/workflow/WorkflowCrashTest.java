package io.pcmops.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.model.GateAnswer;
import io.pcmops.model.GateGroup;
import io.pcmops.model.Run;
import io.pcmops.model.StepProgress;
import io.pcmops.model.Verdict;
import io.pcmops.model.WorkflowRun;
import io.pcmops.model.WorkflowRunStatus;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.TestLibraries;
import io.pcmops.testkit.Waits;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workflow run survives its process: killed during a step, or right after its gate was answered. */
class WorkflowCrashTest {

    static final Duration LEASE = Duration.ofSeconds(2);
    static final int TARGETS = 12;

    @TempDir
    Path dir;

    @Test
    void killedDuringAStep_isResumedAndNoStepIsSentTwice() throws Exception {
        Path journal = dir.resolve("journal.txt");
        String id = killVictim("during", journal, 1500, () -> lines(journal) >= 1);
        StubWorkflows stub = new StubWorkflows();
        StubProvider heir = stub.provider(TARGETS, Duration.ofMillis(50), journal);
        try (Pcmops pcm = TestLibraries.builder(dir.resolve("data"), heir).lease(LEASE).build()) {
            WorkflowRun waiting = pcm.workflows().settled(id).get(60, TimeUnit.SECONDS);
            assertThat(waiting.status()).isEqualTo(WorkflowRunStatus.WAITING);
            WorkflowRun done = answerAll(pcm, id);

            assertThat(done.status()).isEqualTo(WorkflowRunStatus.SUCCEEDED);
            assertSentOnce(pcm, done, heir);
        }
    }

    @Test
    void killedWhileTheStepAfterTheGateStarts_isResumedAndNoStepIsSentTwice() throws Exception {
        Path journal = dir.resolve("journal.txt");
        String id = killVictim("answer", journal, 300, () -> false);
        StubProvider heir = new StubWorkflows().provider(TARGETS, Duration.ofMillis(50), journal);
        try (Pcmops pcm = TestLibraries.builder(dir.resolve("data"), heir).lease(LEASE).build()) {
            WorkflowRun done = pcm.workflows().settled(id).get(60, TimeUnit.SECONDS);

            assertThat(done.status()).isEqualTo(WorkflowRunStatus.SUCCEEDED);
            assertSentOnce(pcm, done, heir);
        }
    }

    @Test
    void closedMidStep_anotherLibraryOnTheSameDataFinishesIt() throws Exception {
        Path journal = dir.resolve("journal.txt");
        StubWorkflows stub = new StubWorkflows();
        String id;
        try (Pcmops first = TestLibraries.builder(dir, stub.provider(TARGETS, Duration.ofMillis(800), journal))
                .lease(LEASE).build()) {
            first.workflows().save(StubWorkflows.YAML);
            id = first.workflows().start(io.pcmops.model.WorkflowRunRequest.onSelector("stub-three",
                    io.pcmops.model.Selector.builder().provider("stub").build())).join().id();
            Waits.until(() -> lines(journal) >= 1);
        }
        StubProvider heir = stub.provider(TARGETS, Duration.ZERO, journal);
        try (Pcmops second = TestLibraries.builder(dir, heir).lease(LEASE).build()) {
            WorkflowRun waiting = second.workflows().settled(id).get(60, TimeUnit.SECONDS);
            assertThat(waiting.status()).isEqualTo(WorkflowRunStatus.WAITING);
            WorkflowRun done = answerAll(second, id);
            assertThat(done.status()).isEqualTo(WorkflowRunStatus.SUCCEEDED);
            assertSentOnce(second, done, heir);
        }
    }

    private static WorkflowRun answerAll(Pcmops pcm, String id) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (GateGroup group : pcm.workflows().gate(id).orElseThrow().groups()) {
            answers.put(group.key(), group.choices().get(0));
        }
        pcm.workflows().answer(id, GateAnswer.choose(answers));
        return pcm.workflows().settled(id).get(60, TimeUnit.SECONDS);
    }

    /** Every step ran each target once: one run per launch, every unit journalled once, targets summing up. */
    private static void assertSentOnce(Pcmops pcm, WorkflowRun done, StubProvider heir) {
        List<String> units = heir.journalledUnits();
        assertThat(units).doesNotHaveDuplicates();
        for (StepProgress step : done.steps()) {
            assertThat(step.count(Verdict.PASS) + step.count(Verdict.WARN)).as(step.stepId()).isEqualTo(TARGETS);
            int sent = 0;
            for (String runId : step.runIds()) {
                Run run = pcm.runs().get(runId);
                assertThat(run.targetCount()).isPositive();
                sent += units.stream().filter(u -> u.startsWith(runId + ":"))
                        .mapToInt(u -> Integer.parseInt(u.split(":")[2])).sum();
            }
            assertThat(sent).as("targets sent for step " + step.stepId()).isEqualTo(TARGETS);
        }
        assertThat(pcm.runs().list(io.pcmops.model.RunQuery.latest()).total())
                .isEqualTo(done.steps().stream().mapToInt(s -> s.runIds().size()).sum());
    }

    private String killVictim(String mode, Path journal, long latencyMs, java.util.function.BooleanSupplier ready)
            throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process victim = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", classPath,
                WorkflowCrashVictim.class.getName(), dir.resolve("data").toString(), journal.toString(), mode,
                Long.toString(latencyMs)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream()))) {
            String id = null;
            while (id == null) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                id = line.startsWith("WORKFLOW ") ? line.substring(9).trim() : null;
            }
            assertThat(id).as("the victim printed its workflow run id").isNotNull();
            if (mode.equals("answer")) {
                victim.waitFor(60, TimeUnit.SECONDS);
            } else {
                Waits.until(ready);
            }
            return id;
        } finally {
            victim.destroyForcibly().waitFor();
        }
    }

    private static long lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).size() : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
