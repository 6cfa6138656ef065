package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangesCommandTest {

    private static final String ROWS = "CHG-1,stub-000001,100000000001,us-east-1\n"
            + "CHG-1,stub-000002,100000000002,eu-west-1\nCHG-1,stub-000003,100000000001,us-east-1\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"change_number,instance_id,account_id,region", "Change Number,Instance ID,Account,Region",
            "\uFEFFTicket,InstanceID,AccountNumber,Region", "change-ticket,target id,ACCOUNT ID,region"})
    void import_withEachHeaderVariant_storesTheChangeWithItsMachines(String header) throws IOException {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result result = cli.run("changes", "import", file("chg.csv", header + "\n" + ROWS));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("created change CHG-1 (status new, 3 machines): 3 added, 0 removed, 0 changed");
        JsonNode change = Json.parse(cli.run("changes", "show", "CHG-1", "--output", "json").out()).get("change");
        assertThat(change.get("targets").findValuesAsText("targetId"))
                .containsExactly("stub-000001", "stub-000002", "stub-000003");
        assertThat(change.get("targets").get(1).get("region").asText()).isEqualTo("eu-west-1");
    }

    @Test
    void import_ofAChangedList_countsAddedRemovedAndChangedMachines() throws IOException {
        CliHarness cli = new CliHarness(dir);
        cli.run("changes", "import", ticket("chg.csv", ROWS), "--description", "patch kernels");
        cli.run("changes", "status", "CHG-1", "approved");
        CliHarness.Result result = cli.run("changes", "import", ticket("chg2.csv", changedRows()), "--output", "json");
        JsonNode imported = Json.parse(result.out());
        assertThat(imported.get("created").asBoolean()).isFalse();
        assertThat(imported.get("added").asInt()).isEqualTo(1);
        assertThat(imported.get("removed").asInt()).isEqualTo(1);
        assertThat(imported.get("changed").asInt()).isEqualTo(1);
        assertThat(imported.get("change").get("status").asText()).isEqualTo("approved");
        assertThat(imported.get("change").get("description").asText()).isEqualTo("patch kernels");
    }

    @Test
    void import_csvAndTable_sayWhatTheImportDid() throws IOException {
        CliHarness cli = new CliHarness(dir);
        String csv = cli.run("changes", "import", ticket("chg.csv", ROWS), "--output", "csv").out();
        assertThat(csv).isEqualTo("number,result,status,machines,added,removed,changed\r\n"
                + "CHG-1,created,new,3,3,0,0\r\n");
        assertThat(cli.run("changes", "import", ticket("chg2.csv", changedRows())).out())
                .contains("updated change CHG-1 (status new, 3 machines): 1 added, 1 removed, 1 changed");
    }

    @Test
    void import_withMalformedCsv_namesFileAndLineAndStoresNothing() throws IOException {
        CliHarness cli = new CliHarness(dir);
        String bad = file("bad.csv", "change_number,instance_id,region\nCHG-1,stub-000001,us-east-1\n"
                + "CHG-1,stub-000002\n");
        CliHarness.Result result = cli.run("changes", "import", bad);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("bad.csv", "line 3", "expected 3 fields");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(cli.run("changes", "list", "--output", "json").out()).contains("\"total\" : 0");
    }

    @Test
    void import_withoutChangeNumberOrFile_exitsTwoNamingWhatIsMissing() throws IOException {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result noNumber = cli.run("changes", "import", file("ids.csv", "instance_id\nstub-000001\n"));
        assertThat(noNumber.exitCode()).isEqualTo(2);
        assertThat(noNumber.err()).contains("ids.csv", "no change number");
        CliHarness.Result missing = cli.run("changes", "import", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.csv", "no such file");
    }

    @Test
    void compare_withAChangedList_showsTheDifferencesAndStoresNothing() throws IOException {
        CliHarness cli = withChangeOne();
        String changed = ticket("chg2.csv", changedRows());
        CliHarness.Result table = cli.run("changes", "compare", changed);
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("change CHG-1 against the stored one: 1 added, 1 removed, 1 changed; "
                + "nothing was stored").containsPattern("added +stub-000004").containsPattern("removed +stub-000003")
                .containsPattern("changed +stub-000001 .*region=us-east-1");
        JsonNode diff = Json.parse(cli.run("changes", "compare", changed, "--output", "json").out());
        assertThat(diff.get("added").get(0).get("targetId").asText()).isEqualTo("stub-000004");
        assertThat(cli.run("changes", "compare", changed, "--output", "csv").out())
                .startsWith("difference,target_id,account,region,platform,name,was\r\n");
        assertThat(cli.run("changes", "show", "CHG-1").out()).contains("stub-000003").doesNotContain("stub-000004");
    }

    @Test
    void compare_forAChangeNotStored_listsEveryMachineAsAdded() throws IOException {
        CliHarness.Result result = new CliHarness(dir).run("changes", "compare", ticket("chg.csv", ROWS));
        assertThat(result.out()).contains("change CHG-1 (not stored): 3 added, 0 removed, 0 changed");
    }

    @Test
    void list_inEveryFormat_showsTheChanges() throws IOException {
        CliHarness cli = new CliHarness(dir);
        cli.run("changes", "import", ticket("a.csv", ROWS), "--description", "patch kernels");
        cli.run("changes", "import", ticket("b.csv", ROWS.replace("CHG-1", "CHG-2")), "--description", "reboot");
        assertThat(cli.run("changes", "list").out()).contains("NUMBER", "CHG-1", "CHG-2", "patch kernels",
                "cli:tester");
        JsonNode page = Json.parse(cli.run("changes", "list", "--output", "json").out());
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("items").findValuesAsText("number")).containsExactlyInAnyOrder("CHG-1", "CHG-2");
        String csv = cli.run("changes", "list", "--output", "csv").out();
        assertThat(csv).startsWith("number,status,machines,provider,updated,updated_by,description\r\n");
        assertThat(csv.split("\r\n")).hasSize(3);
    }

    @Test
    void list_withSearchAndLimit_narrowsAndSaysWhatIsLeftOut() throws IOException {
        CliHarness cli = new CliHarness(dir);
        cli.run("changes", "import", ticket("a.csv", ROWS), "--description", "patch kernels");
        cli.run("changes", "import", ticket("b.csv", ROWS.replace("CHG-1", "CHG-2")), "--description", "reboot");
        JsonNode found = Json.parse(cli.run("changes", "list", "--search", "kernel", "--output", "json").out());
        assertThat(found.get("items").findValuesAsText("number")).containsExactly("CHG-1");
        CliHarness.Result limited = cli.run("changes", "list", "--limit", "1");
        assertThat(limited.out().lines()).hasSize(2);
        assertThat(limited.err()).contains("1 of 2 changes shown");
        assertThat(cli.run("changes", "list", "--limit", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void show_csv_isAChangeTicketThatImportsBackUnchanged() throws IOException {
        CliHarness cli = withChangeOne();
        String csv = cli.run("changes", "show", "CHG-1", "--output", "csv").out();
        assertThat(csv).startsWith("change_number,instance_id,account,region,platform,name\r\n"
                + "CHG-1,stub-000001,100000000001,us-east-1,,\r\n");
        assertThat(cli.run("changes", "compare", file("back.csv", csv)).out())
                .contains("0 added, 0 removed, 0 changed");
    }

    @Test
    void show_unknownChange_exitsTwoNamingIt() {
        CliHarness.Result result = new CliHarness(dir).run("changes", "show", "CHG-404");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("CHG-404");
    }

    @Test
    void status_toAnotherStatus_isStoredAndPrinted() throws IOException {
        CliHarness cli = withChangeOne();
        assertThat(cli.run("changes", "status", "CHG-1", "in-progress").out()).contains("change CHG-1 is now "
                + "in-progress");
        JsonNode change = Json.parse(cli.run("changes", "status", "CHG-1", "COMPLETED", "--output", "json").out());
        assertThat(change.get("status").asText()).isEqualTo("completed");
        assertThat(cli.run("changes", "status", "CHG-1", "approved", "--output", "csv").out())
                .contains("\r\nCHG-1,approved,3,");
    }

    @Test
    void status_withUnknownStatusOrChange_exitsTwoNamingIt() throws IOException {
        CliHarness cli = withChangeOne();
        CliHarness.Result badStatus = cli.run("changes", "status", "CHG-1", "done");
        assertThat(badStatus.exitCode()).isEqualTo(2);
        assertThat(badStatus.err()).contains("'done'", "approved");
        CliHarness.Result badChange = cli.run("changes", "status", "CHG-9", "approved");
        assertThat(badChange.exitCode()).isEqualTo(2);
        assertThat(badChange.err()).contains("CHG-9");
    }

    @Test
    void rm_removesTheChangeOnce() throws IOException {
        CliHarness cli = withChangeOne();
        JsonNode removed = Json.parse(cli.run("changes", "rm", "CHG-1", "--output", "json").out());
        assertThat(removed.get("removed").get("kind").asText()).isEqualTo("change");
        assertThat(cli.run("changes", "show", "CHG-1").exitCode()).isEqualTo(2);
        CliHarness.Result again = cli.run("changes", "rm", "CHG-1");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("no change 'CHG-1'");
    }

    @Test
    void audit_ofChangeCommands_recordsEachOneUnderTheCliActor() throws IOException {
        CliHarness cli = withChangeOne();
        cli.run("changes", "import", ticket("chg2.csv", changedRows()));
        cli.run("changes", "status", "CHG-1", "approved");
        cli.run("changes", "rm", "CHG-1");
        JsonNode entries = Json.parse(cli.run("audit", "list", "--action", "change.", "--output", "json").out())
                .get("items");
        assertThat(entries.findValuesAsText("action"))
                .containsExactly("change.delete", "change.status", "change.update", "change.create");
        assertThat(entries.findValuesAsText("actor")).containsOnly("cli:tester");
        assertThat(entries.findValuesAsText("subject")).containsOnly("CHG-1");
        assertThat(cli.run("audit", "verify").exitCode()).isZero();
    }

    /** The same change with stub-000001 moved region, stub-000003 dropped and stub-000004 added. */
    private static String changedRows() {
        return "CHG-1,stub-000001,100000000001,eu-west-1\nCHG-1,stub-000002,100000000002,eu-west-1\n"
                + "CHG-1,stub-000004,100000000002,eu-west-1\n";
    }

    /** Returns a command line on a data directory that holds CHG-1 with {@link #ROWS}. */
    private CliHarness withChangeOne() throws IOException {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("changes", "import", ticket("chg.csv", ROWS)).exitCode()).isZero();
        return cli;
    }

    private String ticket(String name, String rows) throws IOException {
        return file(name, "change_number,instance_id,account_id,region\n" + rows);
    }

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }
}
