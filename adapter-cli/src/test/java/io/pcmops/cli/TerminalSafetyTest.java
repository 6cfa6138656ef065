package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pcmops.cli.env.Terminals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Untrusted text carrying terminal control sequences (a screen clear, a window title, a hidden hyperlink, an 8-bit
 * CSI, a carriage return) is planted in script output, a saved script's description and a comment in its body, a
 * change's description, a machine name and an account name; every table and plain view then prints it with only the
 * CLI's own colours, on a colour terminal and without one, while JSON keeps it exact.
 */
class TerminalSafetyTest {

    private static final String PLANTED = "\u001b[2J\u001b]0;owned\u0007\u001b]8;;https://x.example\u001b\\click"
            + "\u001b]8;;\u001b\\ \u009b31mred\r";
    private static final Pattern OWN_STYLES = Pattern.compile("\u001b\\[(?:0|1|2|31|32|33)m");

    @TempDir
    Path dir;

    private CliHarness colour;
    private CliHarness plain;
    private String runId;

    @BeforeEach
    void plantUntrustedText() throws IOException {
        colour = new CliHarness(dir).terminals(new Terminals(false, true, false));
        plain = new CliHarness(dir);
        String encoded = Base64.getEncoder().encodeToString(PLANTED.getBytes(StandardCharsets.UTF_8));
        Path script = Files.writeString(dir.resolve("evil.sh"), "# " + PLANTED + "\n"
                + "echo " + encoded + " | base64 -d; echo\n"
                + "echo " + encoded + " | base64 -d >&2; echo >&2\nexit 3\n");
        CliHarness.Result run = plain.run("run", "--provider", "local", "--script", script.toString(), "--yes",
                "--output", "json", "-q");
        runId = Json.parse(run.out()).get("run").get("id").asText();
        Path ticket = Files.writeString(dir.resolve("chg.csv"), "change_number,instance_id,name\n"
                + "CHG-9,stub-000001,\"" + PLANTED + "\"\n");
        for (CliHarness.Result planted : List.of(
                plain.run("scripts", "add", "evil", "--file", script.toString(), "--description", PLANTED),
                plain.run("changes", "import", ticket.toString(), "--description", PLANTED),
                plain.run("accounts", "add", "111122223333", "--provider", "stub", "--name", PLANTED))) {
            assertThat(planted.exitCode()).as(planted.err()).isZero();
        }
    }

    @Test
    void tableAndPlainViews_printUntrustedTextWithoutItsControlSequences() {
        List<List<String>> commands = List.of(List.of("runs", "show", runId), List.of("runs", "output", runId),
                List.of("runs", "watch", runId), List.of("runs", "list"), List.of("scripts", "show", "evil"),
                List.of("scripts", "list"), List.of("changes", "show", "CHG-9"), List.of("changes", "list"),
                List.of("accounts", "list"));
        for (List<String> command : commands) {
            for (CliHarness cli : List.of(colour, plain)) {
                CliHarness.Result result = cli.run(command.toArray(String[]::new));
                assertThat(result.exitCode()).as("%s: %s", command, result.err()).isIn(0, 1);
                assertSafe(command, result.out());
                assertSafe(command, result.err());
            }
        }
    }

    @Test
    void tableViews_keepTheVisibleTextAroundTheSequences() {
        assertThat(plain.run("runs", "output", runId).out()).contains("click red");
        assertThat(plain.run("scripts", "show", "evil").out()).contains("click red");
        assertThat(colour.run("changes", "show", "CHG-9").out()).contains("\u001b[1mChange CHG-9\u001b[0m");
    }

    @Test
    void json_keepsTheTextExactWithEveryControlCharacterEscaped() {
        CliHarness.Result output = plain.run("runs", "output", runId, "--output", "json");
        JsonNode invocation = Json.parse(output.out()).get(0);
        assertThat(invocation.get("stdout").get("text").asText()).isEqualTo(PLANTED + "\n");
        assertThat(invocation.get("stderr").get("text").asText()).isEqualTo(PLANTED + "\n");
        assertThat(output.out().replace("\n", "")).doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f]");
        JsonNode script = Json.parse(plain.run("scripts", "show", "evil", "--output", "json").out());
        assertThat(script.get("description").asText()).isEqualTo(PLANTED);
    }

    private static void assertSafe(List<String> command, String printed) {
        String withoutOwnStyles = OWN_STYLES.matcher(printed).replaceAll("");
        assertThat(withoutOwnStyles).as("%s printed %s", command, printed.replace("\u001b", "<ESC>"))
                .doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]")
                .doesNotContain("owned", "x.example");
    }
}
