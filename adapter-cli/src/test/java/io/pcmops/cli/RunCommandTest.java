package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void run_withYesOnStub_summarisesIdenticalOutputOnceAndExitsZero() {
        CliHarness.Result result = new CliHarness(dir).run("run", "--provider", "stub", "--command", "echo hi",
                "--yes");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Plan ", "10 targets", "SUCCEEDED", "SUCCESS 10",
                "Output (identical on every target):", "| ok");
        assertThat(result.err()).contains("started run");
    }

    @Test
    void run_withSomeFailures_groupsOutputsAndExitsOne() {
        CliHarness harness = new CliHarness(dir);
        harness.run("providers", "set", "stub", "failEvery=5");
        CliHarness.Result result = harness.run("run", "--provider", "stub", "--command", "true", "--yes",
                "--max-errors", "100%");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).contains("COMPLETED_WITH_FAILURES", "SUCCESS 8", "FAILED 2", "Output (2 distinct)",
                "8 targets", "2 targets", "| failed on purpose");
    }

    @Test
    void run_json_isTheRunWithItsInvocations() {
        CliHarness.Result result = new CliHarness(dir).run("run", "--provider", "stub", "--command", "echo hi",
                "--yes", "--output", "json");
        JsonNode document = Json.parse(result.out());
        assertThat(document.get("run").get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(document.get("run").get("counts").get("SUCCESS").asInt()).isEqualTo(10);
        assertThat(document.get("invocations")).hasSize(10);
        JsonNode first = document.get("invocations").get(0);
        assertThat(first.get("target").get("targetId").asText()).isNotEmpty();
        assertThat(first.has("stdoutTruncated")).isTrue();
        assertThat(document.get("outputGroups").get(0).get("targetCount").asInt()).isEqualTo(10);
        assertThat(result.err()).contains("Plan ");
    }

    @Test
    void run_csv_usesTheExportColumns() {
        CliHarness.Result result = new CliHarness(dir).run("run", "--provider", "stub", "--command", "echo hi",
                "--yes", "--output", "csv", "-q");
        assertThat(result.out()).startsWith("run_id,provider,partition,account,region,target_id,target_name,state,"
                + "reason,exit_code,started_at,ended_at,stdout,stderr");
        assertThat(result.out().split("\r\n")).hasSize(11);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void run_withCommandTheRuntimeCouldNotDecode_refusesAndWritesNothing() {
        CliHarness.Result result = new CliHarness(dir).run("run", "--provider", "local", "--command",
                "rm -rf /tmp/x\uFFFD", "--yes");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--command", "character 14 is not text", "U+FFFD", "nothing was run",
                "--script FILE");
        assertThat(dir.resolve("pcmops.db")).doesNotExist();
    }

    @Test
    void run_withParameterValueTheRuntimeCouldNotDecode_refusesAndWritesNothing() {
        CliHarness.Result result = new CliHarness(dir).run("run", "--provider", "local", "--command", "echo $WHO",
                "--param", "WHO=w\uFFFDrld", "--yes");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--param", "character 2 is not text");
        assertThat(dir.resolve("pcmops.db")).doesNotExist();
    }

    @Test
    void run_withScriptFileThatIsNotUtf8_namesTheFile() throws Exception {
        Path script = Files.write(dir.resolve("latin1.sh"), new byte[] {'e', 'c', 'h', 'o', ' ', (byte) 0xe9});
        CliHarness.Result result = new CliHarness(dir).run("run", "--provider", "local", "--script",
                script.toString(), "--yes");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("script file " + script + " is not UTF-8 text");
    }

    @Test
    void run_onLocalProvider_runsOnThisMachine() {
        CliHarness.Result result = new CliHarness(dir).run("run", "--provider", "local", "--command", "uname -s",
                "--yes");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("1 target ", "SUCCESS 1", "| Linux");
    }

    @Test
    void run_withScriptFileAndParameter_passesTheValueAsEnvironment() throws Exception {
        Path script = Files.writeString(dir.resolve("greet.sh"), "echo \"hello $WHO\"\n");
        CliHarness.Result result = new CliHarness(dir).run("run", "--provider", "local", "--script",
                script.toString(), "--param", "WHO=world; rm -rf /", "--yes");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("| hello world; rm -rf /");
    }

    @Test
    void run_withSavedScriptVersion_runsThatVersion() throws Exception {
        CliHarness harness = new CliHarness(dir);
        Path script = dir.resolve("v.sh");
        Files.writeString(script, "echo one\n");
        harness.run("scripts", "add", "ver", "--file", script.toString());
        Files.writeString(script, "echo two\n");
        harness.run("scripts", "add", "ver", "--file", script.toString());
        CliHarness.Result result = harness.run("run", "--provider", "local", "--saved", "ver@1", "--yes");
        assertThat(result.out()).contains("| one").doesNotContain("| two");
    }

    @Test
    void run_withUnknownSavedScript_exitsTwoBeforeAnyPlan() {
        CliHarness.Result result = new CliHarness(dir).run("run", "--provider", "stub", "--saved", "ghost", "--yes");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("ghost");
        assertThat(result.out()).doesNotContain("Plan ");
    }

    @Test
    void run_withBadParamForm_namesTheValueAndExitsTwo() {
        CliHarness.Result result = new CliHarness(dir).run("run", "--provider", "stub", "--command", "true",
                "--param", "NOEQUALS", "--yes");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("NOEQUALS").contains("KEY=VALUE");
    }

    @Test
    void run_withBadDuration_namesTheValueAndExitsTwo() {
        CliHarness.Result result = new CliHarness(dir).run("run", "--provider", "stub", "--command", "true",
                "--execution-timeout", "10 minutes", "--yes");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'10 minutes'", "--execution-timeout");
    }

    @Test
    void run_withDurationOutOfRange_exitsTwo() {
        CliHarness.Result result = new CliHarness(dir).run("run", "--provider", "stub", "--command", "true",
                "--delivery-timeout", "5s", "--yes");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("deliveryTimeout 5s is out of range");
    }

    @Test
    void run_withBothCommandAndScript_isAUsageError() {
        CliHarness.Result result = new CliHarness(dir).run("run", "--provider", "stub", "--command", "true",
                "--saved", "x", "--yes");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("mutually exclusive");
    }

    @Test
    void run_withoutYesAndNoTerminal_refusesAndRunsNothing() {
        CliHarness harness = new CliHarness(dir);
        CliHarness.Result result = harness.run("run", "--provider", "stub", "--command", "true");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("pass --yes", "10 targets");
        assertThat(harness.run("runs", "list", "--output", "json").out()).contains("\"total\" : 0");
    }

    @Test
    void run_confirmedOnTerminal_runs() {
        CliHarness.Result result = new CliHarness(dir).interactive("y\n").run("run", "--provider", "stub",
                "--command", "true");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("Run on these 10 targets? [y/N]");
        assertThat(result.out()).contains("SUCCEEDED");
    }

    @Test
    void run_declinedOnTerminal_runsNothingAndExitsThree() {
        CliHarness harness = new CliHarness(dir).interactive("n\n");
        CliHarness.Result result = harness.run("run", "--provider", "stub", "--command", "true");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("not confirmed; nothing was run");
        assertThat(harness.run("runs", "list", "--output", "json").out()).contains("\"total\" : 0");
    }

    @Test
    void run_interruptedAtTheConfirmation_runsNothingAndExitsThree() {
        FakeInterrupts interrupts = new FakeInterrupts();
        CliHarness harness = new CliHarness(dir).silentTerminal().interrupts(interrupts);
        interrupts.pressWhenWatched();
        CliHarness.Result result = harness.run("run", "--provider", "stub", "--command", "true");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("not confirmed; nothing was run");
        assertThat(new CliHarness(dir).run("runs", "list", "--output", "json").out()).contains("\"total\" : 0");
    }

    @Test
    void run_interruptedAndCancelConfirmed_cancelsTheRunAndExitsThree() {
        FakeInterrupts interrupts = new FakeInterrupts();
        CliHarness harness = new CliHarness(dir).interactive("y\ny\n").interrupts(interrupts);
        harness.run("providers", "set", "stub", "latencyMs=30000");
        interrupts.pressWhenWatched();
        CliHarness.Result result = harness.run("run", "--provider", "stub", "--command", "sleep 30");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(result.err()).contains("Interrupted. Cancel run", "cancelling run");
        assertThat(result.out()).contains("CANCELLED");
    }

    @Test
    void run_interruptedWithoutTerminal_cancelsAtOnce() {
        FakeInterrupts interrupts = new FakeInterrupts();
        CliHarness harness = new CliHarness(dir).interrupts(interrupts);
        harness.run("providers", "set", "stub", "latencyMs=30000");
        interrupts.pressWhenWatched();
        CliHarness.Result result = harness.run("run", "--provider", "stub", "--command", "sleep 30", "--yes",
                "--output", "json");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).doesNotContain("Cancel run").contains("cancelling run");
        assertThat(Json.parse(result.out()).get("run").get("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void run_withNoMatchingTarget_exitsTwo() {
        CliHarness.Result result = new CliHarness(dir).run("run", "--provider", "stub", "--regions", "mars-1",
                "--command", "true", "--yes");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).hasSize(1);
    }
}
