package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsCommandTest {

    @TempDir
    Path dir;

    private CliHarness cli;
    private String runId;

    @BeforeEach
    void runOnceWithTwoFailures() {
        cli = new CliHarness(dir);
        cli.run("providers", "set", "stub", "failEvery=5");
        JsonNode run = Json.parse(cli.run("run", "--provider", "stub", "--command", "echo hi", "--yes",
                "--max-errors", "100%", "--accounts", "all", "--change", "CHG-42", "--output", "json", "-q").out());
        runId = run.get("run").get("id").asText();
    }

    @Test
    void list_inEveryFormat_showsTheRun() {
        assertThat(cli.run("runs", "list").out()).contains(runId, "COMPLETED_WITH_FAILURES", "cli:tester", "CHG-42");
        JsonNode page = Json.parse(cli.run("runs", "list", "--output", "json").out());
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(runId);
        assertThat(cli.run("runs", "list", "--output", "csv").out()).contains("\r\n" + runId + ",");
    }

    @Test
    void list_filteredByStatusAndSince_findsOnlyMatchingRuns() {
        assertThat(cli.run("runs", "list", "--status", "succeeded", "--output", "json").out())
                .contains("\"total\" : 0");
        assertThat(cli.run("runs", "list", "--status", "completed_with_failures", "--since", "1h", "--output",
                "json").out()).contains("\"total\" : 1");
    }

    @Test
    void list_withBadStatus_exitsTwoNamingIt() {
        CliHarness.Result result = cli.run("runs", "list", "--status", "bogus");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("bogus");
    }

    @Test
    void show_table_listsEveryTarget() {
        CliHarness.Result result = cli.run("runs", "show", runId);
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Run " + runId, "requested by  cli:tester", "FAILED", "SUCCESS");
        assertThat(result.out().lines().filter(line -> line.contains("stub-"))).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void show_unknownRun_exitsTwo() {
        CliHarness.Result result = cli.run("runs", "show", "r-nope");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("r-nope");
    }

    @Test
    void output_forOneTarget_printsItsFullOutput() {
        String target = Json.parse(cli.run("runs", "show", runId, "--output", "json").out()).get("invocations")
                .findParents("state").stream().filter(i -> i.get("state").asText().equals("FAILED")).findFirst()
                .orElseThrow().get("target").get("targetId").asText();
        CliHarness.Result text = cli.run("runs", "output", runId, "--target", target);
        assertThat(text.out()).contains("== " + target, "FAILED", "exit 1", "failed on purpose");
        JsonNode json = Json.parse(cli.run("runs", "output", runId, "--target", target, "--output", "json").out());
        assertThat(json.get("exitCode").asInt()).isEqualTo(1);
        assertThat(json.get("stderr").get("text").asText()).contains("failed on purpose");
    }

    @Test
    void output_forAllTargets_csvHasOneRecordEach() {
        String csv = cli.run("runs", "output", runId, "--output", "csv").out();
        assertThat(csv).startsWith("target_id,name,state,exit_code,stdout,stderr");
        assertThat(csv).contains("\"ok\n\"");
    }

    @Test
    void watch_finishedRun_printsTheSummaryAndItsExitCode() {
        CliHarness.Result result = cli.run("runs", "watch", runId);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("COMPLETED_WITH_FAILURES", "Output (2 distinct)");
    }

    @Test
    void cancel_finishedRun_saysItHadFinished() {
        CliHarness.Result result = cli.run("runs", "cancel", runId);
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("had already finished");
    }

    @Test
    void retry_failedTargets_runsOnlyThoseAndFollowsTheNewRun() {
        cli.run("providers", "unset", "stub", "failEvery");
        CliHarness.Result result = cli.run("runs", "retry", runId, "--only", "failed,timed-out", "--output", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode retry = Json.parse(result.out()).get("run");
        assertThat(retry.get("targetCount").asInt()).isEqualTo(2);
        assertThat(retry.get("retryOf").asText()).isEqualTo(runId);
    }

    @Test
    void retry_withUnknownScope_namesItAndExitsTwo() {
        CliHarness.Result result = cli.run("runs", "retry", runId, "--only", "broken");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'broken'", "not-executed");
    }

    @Test
    void export_csvToStdout_usesTheDesignColumns() {
        String csv = cli.run("runs", "export", runId, "--format", "csv").out();
        assertThat(csv).startsWith("run_id,provider,partition,account,region,target_id,target_name,state,reason,"
                + "exit_code,started_at,ended_at,stdout,stderr");
    }

    @Test
    void export_toFile_writesEachFormat() throws Exception {
        for (String format : new String[] {"csv", "json", "md", "html"}) {
            Path file = dir.resolve("report." + format);
            CliHarness.Result result = cli.run("runs", "export", runId, "--format", format, "-o", file.toString());
            assertThat(result.exitCode()).isZero();
            assertThat(Files.readString(file)).contains(runId);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void export_withBadFormatOrFolder_exitsTwo() {
        assertThat(cli.run("runs", "export", runId, "--format", "pdf").err()).contains("'pdf'");
        CliHarness.Result result = cli.run("runs", "export", runId, "--format", "csv", "-o",
                dir.resolve("missing/report.csv").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("does not exist");
    }
}
