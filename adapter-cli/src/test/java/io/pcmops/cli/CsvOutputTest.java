package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputTest {

    @TempDir
    Path dir;

    @Test
    void outputCsv_neutralisesCellsASpreadsheetWouldRunAsFormulas() throws Exception {
        CliHarness cli = new CliHarness(dir);
        Path ticket = Files.writeString(dir.resolve("chg.csv"),
                "change_number,instance_id,account_id,region\nCHG-1,stub-000001,100000000001,us-east-1\n");
        cli.run("changes", "import", ticket.toString(), "--description", "=HYPERLINK(\"http://evil.example\")");

        CliHarness.Result csv = cli.run("changes", "list", "--output", "csv");

        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\"\r\n")
                .doesNotContain(",=HYPERLINK");
    }
}
