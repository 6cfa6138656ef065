package io.pcmops.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.model.ScriptLanguage;
import io.pcmops.spi.PreparedScript;
import io.pcmops.spi.ScriptRendering;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptRenderingTest {

    private static PreparedScript script(ScriptLanguage language, String body, Map<String, String> parameters) {
        return new PreparedScript(language, body, parameters, "0123456789abcdef0123456789abcdef");
    }

    private static String runPosix(String text) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", text).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    @Test
    void posix_quotesParametersSoNothingIsExpanded() throws Exception {
        String value = "it's $(whoami) `id` \"q\" $HOME \\ end";
        String text = ScriptRendering.posix(script(ScriptLanguage.SHELL, "printf '%s' \"$V\"", Map.of("V", value)));
        assertThat(runPosix(text)).isEqualTo(value);
    }

    @Test
    void posix_ofPython_runsTheBodyThroughAQuotedHeredoc() throws Exception {
        String text = ScriptRendering.posix(script(ScriptLanguage.PYTHON,
                "import os\nprint(os.environ['A'] + '$B')", Map.of("A", "x")));
        assertThat(text).contains("python3 - <<'PCMOPS_EOF_0123456789ab'");
        assertThat(runPosix(text)).isEqualTo("x$B\n");
    }

    @Test
    void posix_withShebang_runsUnderThatInterpreter() throws Exception {
        String text = ScriptRendering.posix(script(ScriptLanguage.SHELL, "#!/bin/bash\necho ${BASH_VERSION:+bash}",
                Map.of()));
        assertThat(runPosix(text)).isEqualTo("bash\n");
    }

    @Test
    void posix_whenBodyContainsTheDelimiter_picksAnotherOne() {
        String body = "print(1)\nPCMOPS_EOF_0123456789ab\n";
        String text = ScriptRendering.posix(script(ScriptLanguage.PYTHON, body, Map.of()));
        assertThat(text).contains("<<'PCMOPS_EOF_0123456789ab_'");
    }

    @Test
    void powerShell_quotesParametersAsLiteralStrings() {
        String text = ScriptRendering.powerShell(script(ScriptLanguage.POWERSHELL, "Write-Output $env:V",
                Map.of("V", "it's $x")));
        assertThat(text).startsWith("$env:V = 'it''s $x'\n");
    }

    @Test
    void powerShell_doublesTheTypographicQuotesPowerShellEndsStringsAtToo() {
        String text = ScriptRendering.powerShell(script(ScriptLanguage.POWERSHELL, "Write-Output $env:V",
                Map.of("V", "a‘b’c‚d‛e")));
        assertThat(text).startsWith("$env:V = 'a‘‘b’’c‚‚d‛‛e'\n");
    }
}
