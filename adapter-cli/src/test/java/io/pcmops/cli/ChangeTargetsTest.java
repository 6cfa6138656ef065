package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pcmops.Pcmops;
import io.pcmops.model.Change;
import io.pcmops.model.ChangeTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --change NUMBER} on {@code run}, {@code plan} and {@code targets list}. */
class ChangeTargetsTest {

    private static final List<String> MACHINES = List.of("stub-000002", "stub-000005", "stub-000009");

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void importChange() throws IOException {
        cli = new CliHarness(dir);
        Path csv = Files.writeString(dir.resolve("chg.csv"), "Change Number,Instance ID,Region\n"
                + "CHG-7,stub-000002,eu-west-1\nCHG-7,stub-000005,us-east-1\nCHG-7,stub-000009,us-east-1\n");
        assertThat(cli.run("changes", "import", csv.toString()).exitCode()).isZero();
    }

    @Test
    void run_onChange_runsOnExactlyItsMachinesUnderItsNumber() {
        CliHarness.Result result = cli.run("run", "--change", "CHG-7", "--provider", "stub", "--command", "echo hi",
                "--yes", "--output", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode document = Json.parse(result.out());
        assertThat(document.get("invocations").findValuesAsText("targetId"))
                .containsExactlyInAnyOrderElementsOf(MACHINES);
        assertThat(document.get("run").get("changeTicket").asText()).isEqualTo("CHG-7");
        assertThat(result.err()).contains("targets: the 3 machines of change CHG-7 (status new)");
        String runId = document.get("run").get("id").asText();
        JsonNode runs = Json.parse(cli.run("runs", "list", "--change", "CHG-7", "--output", "json").out());
        assertThat(runs.get("items").findValuesAsText("id")).containsExactly(runId);
        assertThat(cli.run("runs", "list", "--change", "CHG-8", "--output", "json").out()).contains("\"total\" : 0");
        assertThat(cli.run("changes", "show", "CHG-7").out()).contains("Runs (1)", runId);
        assertThat(cli.run("audit", "list", "--action", "run.start").out()).contains(runId, "cli:tester");
    }

    @Test
    void plan_onChange_namesExactlyItsMachines() {
        CliHarness.Result result = cli.run("plan", "--change", "CHG-7", "--provider", "stub", "--output", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Json.parse(result.out()).get("targets").findValuesAsText("targetId"))
                .containsExactlyInAnyOrderElementsOf(MACHINES);
    }

    @Test
    void targetsList_onChangeNarrowedByRegion_keepsOnlyItsMachinesThere() {
        CliHarness.Result result = cli.run("targets", "list", "--change", "CHG-7", "--provider", "stub",
                "--regions", "us-east-1,eu-west-1", "--tag", "Env=prod", "--output", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Json.parse(result.out()).get("targets").findValuesAsText("targetId"))
                .containsExactlyInAnyOrder("stub-000005", "stub-000009");
        assertThat(result.err()).contains("narrowed by the other options");
    }

    @Test
    void plan_onChangeNarrowedToNothing_exitsTwoNamingTheValues() {
        CliHarness.Result regions = cli.run("plan", "--change", "CHG-7", "--provider", "stub", "--regions", "mars-1");
        assertThat(regions.exitCode()).isEqualTo(2);
        assertThat(regions.err()).contains("change CHG-7: none of its regions", "(mars-1)");
        CliHarness.Result ids = cli.run("plan", "--change", "CHG-7", "--provider", "stub", "--ids", "stub-000001");
        assertThat(ids.exitCode()).isEqualTo(2);
        assertThat(ids.err()).contains("none of its target ids", "stub-000001");
    }

    @Test
    void run_onChangeWithNoMachines_refusesAndRunsNothing() {
        save(new Change("CHG-0", "empty", null, null, List.of(), null, null, null));
        CliHarness.Result result = cli.run("run", "--change", "CHG-0", "--provider", "stub", "--command", "true",
                "--yes");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("change CHG-0 lists no machines");
        assertThat(result.out()).doesNotContain("Plan ");
        assertThat(cli.run("runs", "list", "--output", "json").out()).contains("\"total\" : 0");
    }

    @Test
    void run_onUnstoredChangeAlone_refusesInsteadOfTakingTheWholeFleet() {
        CliHarness.Result result = cli.run("run", "--change", "CHG-404", "--provider", "stub", "--command", "true",
                "--yes");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no change 'CHG-404'", "pcmops changes import");
        assertThat(cli.run("runs", "list", "--output", "json").out()).contains("\"total\" : 0");
    }

    @Test
    void run_onUnstoredChangeWithSelector_labelsTheRunOnTheSelectedTargets() {
        CliHarness.Result result = cli.run("run", "--change", "CHG-42", "--provider", "stub", "--regions",
                "us-east-1", "--command", "true", "--yes", "--output", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode run = Json.parse(result.out()).get("run");
        assertThat(run.get("changeTicket").asText()).isEqualTo("CHG-42");
        assertThat(run.get("targetCount").asInt()).isEqualTo(5);
        assertThat(result.err()).contains("change CHG-42 is not stored here");
    }

    @Test
    void run_withMalformedChangeNumber_exitsTwoBeforeThePlan() {
        CliHarness.Result result = cli.run("run", "--change", "CHG 1;", "--accounts", "all", "--provider", "stub",
                "--command", "true", "--yes");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'CHG 1;'");
        assertThat(result.out()).doesNotContain("Plan ");
    }

    @Test
    void run_onChangeWithItsOwnProvider_needsNoProviderOptionAndRefusesAnother() {
        save(new Change("CHG-S", "", null, "stub", List.of(new ChangeTarget("stub-000003", "", "", "", "")), null,
                null, null));
        CliHarness.Result result = cli.run("run", "--change", "CHG-S", "--command", "true", "--yes", "--output",
                "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Json.parse(result.out()).get("invocations").findValuesAsText("targetId"))
                .containsExactly("stub-000003");
        CliHarness.Result other = cli.run("plan", "--change", "CHG-S", "--provider", "local");
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).contains("change CHG-S is on provider 'stub', not 'local'");
    }

    private void save(Change change) {
        try (Pcmops pcm = Pcmops.builder().dataDirectory(dir).actor("test:setup").build()) {
            pcm.changes().save(change);
        }
    }
}
