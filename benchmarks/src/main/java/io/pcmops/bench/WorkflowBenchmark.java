package io.pcmops.bench;

import io.pcmops.Pcmops;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import io.pcmops.model.Verdict;
import io.pcmops.model.WorkflowRun;
import io.pcmops.model.WorkflowRunRequest;
import io.pcmops.model.WorkflowRunStatus;
import io.pcmops.stub.StubOutcome;
import io.pcmops.stub.StubProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A three-step workflow on n stub targets against the same three scripts as three plain runs one after another, each
 * variant on its own data directory and the same frozen targets (units of at most 50 targets, like SSM commands):
 * wall time, provider dispatch calls (one per unit, the stub's equivalent of SendCommand) and the store's size
 * afterwards. Goal: the workflow within 10% of the plain runs. Args: [targets] [repetitions] [script latency ms].
 */
public final class WorkflowBenchmark {

    private static final String YAML = """
            name: bench-three
            steps:
              - id: one
                scripts: {linux: {language: shell, body: "echo step=one"}}
                rules: [{fail: "not one", when: {fact: step, not: one}}]
              - id: two
                scripts: {linux: {language: shell, body: "echo step=two"}}
                rules: [{fail: "not two", when: {fact: step, not: two}}]
              - id: three
                scripts: {linux: {language: shell, body: "echo step=three"}}
                rules: [{fail: "not three", when: {fact: step, not: three}}]
            """;
    private static final RunOptions OPTIONS = new RunOptions("100%", "0", Duration.ofHours(1), Duration.ofHours(2));

    private WorkflowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int targets = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Duration latency = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 1000);
        double[] plain = new double[repetitions];
        double[] workflow = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            plain[r] = measure(targets, latency, false, r == repetitions - 1);
            workflow[r] = measure(targets, latency, true, r == repetitions - 1);
        }
        System.out.printf("three steps on %,d stub targets, script latency %d ms, %d repetitions (median)%n",
                targets, latency.toMillis(), repetitions);
        Figures.print("three plain runs, one after another", Figures.median(plain), "ms");
        Figures.print("one three-step workflow run", Figures.median(workflow), "ms");
        Figures.print("workflow / plain", Figures.median(workflow) / Figures.median(plain), "x");
        Figures.print("peak RSS", Figures.peakRssMib(), "MiB");
    }

    private static double measure(int targets, Duration latency, boolean asWorkflow, boolean report) throws Exception {
        Path dir = Files.createTempDirectory("pcmops-bench-workflow");
        StubProvider stub = StubProvider.builder().targets(targets).accounts(10).regions("us-east-1", "us-west-2")
                .maxUnitSize(50).scenario((target, index, script) -> StubOutcome.success(
                        script.body().replace("echo ", "") + "\n", latency)).build();
        try (Pcmops pcm = Pcmops.builder().dataDirectory(dir).discoverProviders(false).provider(stub)
                .masterKey("00".repeat(32)).build()) {
            String planId = pcm.plans().create(Selector.builder().provider("stub").build()).join().id();
            long start = System.nanoTime();
            if (asWorkflow) {
                runWorkflow(pcm, planId);
            } else {
                runPlain(pcm, planId);
            }
            double millis = (System.nanoTime() - start) / 1e6;
            if (report) {
                System.out.printf("%s: %.0f ms; dispatch calls %d (targets sent %d); store %,d KiB%n",
                        asWorkflow ? "workflow" : "plain", millis, stub.stats().unitsSent().size(),
                        stub.stats().targetsSent(), storeKib(dir));
            }
            return millis;
        }
    }

    private static void runPlain(Pcmops pcm, String planId) throws Exception {
        for (String step : List.of("one", "two", "three")) {
            Run run = pcm.runs().start(RunRequest.onPlan(planId, ScriptChoice.inline(ScriptLanguage.SHELL,
                    "echo step=" + step)).withOptions(OPTIONS)).join();
            Run done = pcm.runs().completion(run.id()).get(10, TimeUnit.MINUTES);
            if (done.count(InvocationState.SUCCESS) != done.targetCount()) {
                throw new IllegalStateException("plain run did not finish as expected: " + done.counts());
            }
        }
    }

    private static void runWorkflow(Pcmops pcm, String planId) throws Exception {
        pcm.workflows().save(YAML);
        WorkflowRun run = pcm.workflows().start(WorkflowRunRequest.onPlan("bench-three", planId)
                .withOptions(OPTIONS)).join();
        WorkflowRun done = pcm.workflows().settled(run.id()).get(30, TimeUnit.MINUTES);
        if (done.status() != WorkflowRunStatus.SUCCEEDED
                || done.step("three").count(Verdict.PASS) != done.targetCount()) {
            throw new IllegalStateException("workflow run did not finish as expected: " + done);
        }
    }

    /** The store's size once its write-ahead log is folded in. */
    private static long storeKib(Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pcmops.db"));
             Statement statement = c.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return Files.size(dir.resolve("pcmops.db")) / 1024;
    }
}
