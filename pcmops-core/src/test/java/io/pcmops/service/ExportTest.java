package io.pcmops.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pcmops.CsvCells;
import io.pcmops.Pcmops;
import io.pcmops.model.ExportFormat;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.stub.StubOutcome;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.Runs;
import io.pcmops.testkit.TestLibraries;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {

    @TempDir
    Path dir;

    private String export(Pcmops pcm, Run run, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pcm.runs().export(run.id(), format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Run finishedRun(Pcmops pcm) {
        return Runs.finish(pcm, Runs.start(pcm, "stub", "echo", RunOptions.defaults().withMaxErrors("100%")));
    }

    private static StubProvider stub() {
        return StubProvider.builder().targets(2).scenario((t, i, s) -> i == 0
                ? StubOutcome.success("line \"one\", with comma\nline two\n", Duration.ZERO)
                : StubOutcome.failure(4, "<b>bad</b> & `ticks`", Duration.ZERO)).build();
    }

    @Test
    void export_csv_hasTheDesignColumnsAndRfc4180Quoting() {
        try (Pcmops pcm = TestLibraries.open(dir, stub())) {
            Run run = finishedRun(pcm);
            String csv = export(pcm, run, ExportFormat.CSV);
            assertThat(csv).startsWith("run_id,provider,partition,account,region,target_id,target_name,state,reason,"
                    + "exit_code,started_at,ended_at,stdout,stderr\r\n");
            assertThat(csv).contains("\"line \"\"one\"\", with comma\nline two\n\"");
            assertThat(csv).contains(",FAILED,,4,");
        }
    }

    @Test
    void export_csv_neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        StubProvider formulas = StubProvider.builder().targets(2).scenario((t, i, s) -> i == 0
                ? StubOutcome.success("=HYPERLINK(\"http://evil.example\",\"x\")", Duration.ZERO)
                : StubOutcome.failure(-1, "@SUM(1+1)", Duration.ZERO)).build();
        try (Pcmops pcm = TestLibraries.open(dir, formulas)) {
            String csv = export(pcm, finishedRun(pcm), ExportFormat.CSV);
            assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
                    .contains(",FAILED,,-1,").contains(",'@SUM(1+1)\r\n");
        }
    }

    @Test
    void csvCells_neutraliseEveryFormulaStartButPlainNumbers() {
        assertThat(List.of("=1+1", "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx", "-1", "+5", "3.5",
                "plain", "")).map(CsvCells::cell).containsExactly("'=1+1", "'+1+1", "'-2+3+cmd|' /C calc'!A0",
                "'@SUM(A1)", "'\tx", "\"'\rx\"", "-1", "+5", "3.5", "plain", "");
        assertThat(CsvCells.record(List.of("a,b", "=x"))).isEqualTo("\"a,b\",'=x\r\n");
    }

    @Test
    void export_json_isTheSharedShape() throws Exception {
        try (Pcmops pcm = TestLibraries.open(dir, stub())) {
            Run run = finishedRun(pcm);
            JsonNode json = Pcmops.objectMapper().readTree(export(pcm, run, ExportFormat.JSON));
            assertThat(json.path("run").path("id").asText()).isEqualTo(run.id());
            assertThat(json.path("run").path("options").path("maxErrors").asText()).isEqualTo("100%");
            assertThat(json.path("invocations")).hasSize(2);
            assertThat(json.path("invocations").get(1).path("target").path("targetId").asText())
                    .isEqualTo("stub-000002");
            assertThat(json.path("invocations").get(1).path("exitCode").asInt()).isEqualTo(4);
        }
    }

    @Test
    void export_htmlAndMarkdown_escapeOutput() {
        try (Pcmops pcm = TestLibraries.open(dir, stub())) {
            Run run = finishedRun(pcm);
            String html = export(pcm, run, ExportFormat.HTML);
            assertThat(html).contains("&lt;b&gt;bad&lt;/b&gt; &amp;").doesNotContain("<b>bad</b>")
                    .doesNotContain("<script");
            String markdown = export(pcm, run, ExportFormat.MD);
            assertThat(markdown).contains("# Run " + run.id()).contains("| stub-000002 |").contains("FAILED");
        }
    }
}
