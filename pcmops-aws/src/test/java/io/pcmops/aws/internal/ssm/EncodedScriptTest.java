package io.pcmops.aws.internal.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.model.ScriptLanguage;
import io.pcmops.spi.DispatchRejectedException;
import io.pcmops.spi.PreparedScript;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The encoded line run by this machine's {@code sh}, as AWS-RunShellScript's agent runs it. */
class EncodedScriptTest {

    private static final String HOSTILE = "{{ssm:/x}} it's ‘quoted’ ‚low‛ $(touch pwned) `id` \"$HOME\" \\ {{resolve}}";

    private static PreparedScript script(ScriptLanguage language, String body, Map<String, String> parameters) {
        return new PreparedScript(language, body, parameters, "0123456789abcdef0123456789abcdef");
    }

    private static Run sh(String line) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", line).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out, err);
    }

    private record Run(int code, String out, String err) {
    }

    @Test
    void commands_ofShell_holdsNothingSsmOrAShellCouldInterpret() {
        String line = EncodedScript.commands(script(ScriptLanguage.SHELL, "echo " + HOSTILE, Map.of("V", HOSTILE)));

        assertThat(line).doesNotContain("{{", "ssm:", "‘", "’", "‚", "‛", "$(touch", "it's");
    }

    @Test
    void commands_ofShell_runsTheScriptByteForByteWithItsExitCode() throws Exception {
        String body = "cat \"$0\"\n# " + HOSTILE + "\nexit 7\n";

        Run run = sh(EncodedScript.commands(script(ScriptLanguage.SHELL, body, Map.of())));

        assertThat(run.out()).isEqualTo(body);
        assertThat(run.code()).isEqualTo(7);
    }

    @Test
    void commands_ofShell_passesParametersExactly() throws Exception {
        Run run = sh(EncodedScript.commands(script(ScriptLanguage.SHELL, "printf '%s' \"$V\"", Map.of("V",
                HOSTILE + "\n"))));

        assertThat(run.out()).isEqualTo(HOSTILE + "\n");
        assertThat(run.code()).isZero();
    }

    @Test
    void commands_ofPython_runsTheBodyThroughAHeredocOfTheDecodedText() throws Exception {
        String body = "import os, sys\nsys.stdout.write(os.environ['V'] + '|' + \"\"\"" + HOSTILE + "\"\"\")\n";

        Run run = sh(EncodedScript.commands(script(ScriptLanguage.PYTHON, body, Map.of("V", "v'‘"))));

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("v'‘|" + HOSTILE);
    }

    @Test
    void commands_ofPowerShell_decodesEachParameterAndTheBody() {
        String line = EncodedScript.commands(script(ScriptLanguage.POWERSHELL, "Write-Output $env:V",
                Map.of("V", HOSTILE)));

        assertThat(line).startsWith("$env:V = [System.Text.Encoding]::UTF8.GetString([System.Convert]::"
                + "FromBase64String('").contains("& ([ScriptBlock]::Create(")
                .doesNotContain("{{", "‘", "’", "‚", "‛", "it's");
    }

    @Test
    void commands_whenTooLargeOnceEncoded_isRefusedBeforeSending() {
        String fits = "x".repeat(44_000);
        String tooLarge = "x".repeat(46_000);

        assertThat(EncodedScript.commands(script(ScriptLanguage.SHELL, fits, Map.of()))).hasSizeLessThanOrEqualTo(
                EncodedScript.MAX_BYTES);
        assertThatThrownBy(() -> EncodedScript.commands(script(ScriptLanguage.SHELL, tooLarge, Map.of())))
                .isInstanceOf(DispatchRejectedException.class)
                .hasMessageContaining("script too large for SSM Run Command")
                .hasMessageContaining("at most 61440 fit in one command");
    }
}
