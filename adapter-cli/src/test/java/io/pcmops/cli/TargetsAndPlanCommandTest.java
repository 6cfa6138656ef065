package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsAndPlanCommandTest {

    @TempDir
    Path dir;

    @Test
    void targetsList_table_showsEveryStubTarget() {
        CliHarness.Result result = new CliHarness(dir).run("targets", "list", "--provider", "stub");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(11);
        assertThat(result.out().lines().findFirst().orElseThrow()).contains("TARGET ID", "REACHABILITY");
    }

    @Test
    void targetsList_json_isTheListingShape() {
        CliHarness.Result result = new CliHarness(dir).run("targets", "list", "--provider", "stub", "--regions",
                "us-east-1", "--output", "json");
        JsonNode listing = Json.parse(result.out());
        assertThat(listing.get("targets")).hasSize(5);
        assertThat(listing.get("targets").get(0).get("region").asText()).isEqualTo("us-east-1");
        assertThat(listing.get("errors")).isEmpty();
    }

    @Test
    void targetsList_csv_hasHeaderAndOneRecordPerTarget() {
        CliHarness.Result result = new CliHarness(dir).run("targets", "list", "--provider", "stub", "--output", "csv");
        assertThat(result.out().split("\r\n")).hasSize(11);
        assertThat(result.out()).startsWith("provider,partition,account,region,target_id,name,platform,state,");
    }

    @Test
    void targetsList_withUnknownProvider_namesTheKnownOnesAndExitsTwo() {
        CliHarness.Result result = new CliHarness(dir).run("targets", "list", "--provider", "nope");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown provider 'nope'", "local", "stub");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void targetsList_withoutProviderAmongSeveral_listsTheChoicesAndExitsTwo() {
        CliHarness.Result result = new CliHarness(dir).run("targets", "list");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("choose one with --provider", "local", "stub");
    }

    @Test
    void plan_table_showsTheBlastRadius() {
        CliHarness.Result result = new CliHarness(dir).run("plan", "--provider", "stub");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("10 targets", "account", "region", "us-east-1 5", "reachability");
    }

    @Test
    void plan_jsonAndCsv_carryTheSameCounts() {
        JsonNode plan = Json.parse(new CliHarness(dir).run("plan", "--provider", "stub", "--output", "json").out());
        assertThat(plan.get("blastRadius").get("total").asInt()).isEqualTo(10);
        assertThat(plan.get("targets")).hasSize(10);
        String csv = new CliHarness(dir).run("plan", "--provider", "stub", "--output", "csv").out();
        assertThat(csv).startsWith("plan,dimension,value,targets\r\n").contains(",region,us-east-1,5\r\n");
    }

    @Test
    void plan_fromCsv_namesExactlyTheListedTargets() throws Exception {
        Path csv = Files.writeString(dir.resolve("targets.csv"), "instance_id,change_number\n"
                + firstTargetIds(2) + "\n");
        CliHarness.Result result = new CliHarness(dir).run("plan", "--provider", "stub", "--from-csv",
                csv.toString(), "--output", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Json.parse(result.out()).get("targets")).hasSize(2);
    }

    @Test
    void plan_fromMalformedCsv_namesTheLineAndExitsTwo() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "instance_id,region\ni-1,us-east-1\n\"i-2,us\n");
        CliHarness.Result result = new CliHarness(dir).run("plan", "--provider", "stub", "--from-csv",
                csv.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("bad.csv", "line 3");
    }

    @Test
    void plan_fromMissingCsv_namesTheFileAndExitsTwo() {
        CliHarness.Result result = new CliHarness(dir).run("plan", "--provider", "stub", "--from-csv", "nope.csv");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("nope.csv", "no such file");
    }

    private String firstTargetIds(int count) {
        JsonNode targets = Json.parse(new CliHarness(dir).run("targets", "list", "--provider", "stub", "--output",
                "json").out()).get("targets");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            rows.append(i == 0 ? "" : "\n").append(targets.get(i).get("targetId").asText()).append(",CHG-1");
        }
        return rows.toString();
    }
}
