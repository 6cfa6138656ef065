package io.pcmops.aws;

import static io.pcmops.aws.RunSupport.FAST;
import static io.pcmops.aws.RunSupport.invocations;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.Behaviour;
import io.pcmops.aws.testkit.ReceivedCommand;
import io.pcmops.aws.testkit.SimulatedInstance.Platform;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationOutput;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Run;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts reach the instance exactly as written, whatever they hold: SSM would resolve {@code {{ssm:/x}}} with the
 * provider's rights (the simulator does, from a stored parameter), and PowerShell ends strings at U+2018–U+201B. The
 * instances really run them ({@code sh}, {@code python3}; PowerShell by the simulator's emulation).
 */
class AwsProviderScriptTransportTest {

    private static final String HOSTILE = "{{ssm:/x}} it's ‘quoted’ ‚low‛ $(touch pwned) `id` \"$HOME\" \\ end";
    private static final String SECRET = "parameter-value-the-script-must-never-see";

    @TempDir
    static Path dir;

    @AutoClose
    private static AwsTestEnvironment env;
    private static Pcmops pcm;
    private static List<String> ids;

    @BeforeAll
    static void start() {
        env = AwsTestEnvironment.oneAccount(dir.resolve("data")).behaviour(Behaviour.realShell()).start();
        pcm = env.pcm();
        ids = env.instancesOf(env.members().get(0));
        env.simulator().putParameter(env.members().get(0), "us-east-1", "/x", SECRET);
    }

    @Test
    void run_whenShellScriptHoldsSsmReferencesQuotesAndSubstitutions_arrivesByteIdentical() throws Exception {
        String body = "cat \"$0\"\n# " + HOSTILE + "\n";
        long sent = env.simulator().commands().size();

        InvocationOutput output = run(0, ScriptLanguage.SHELL, body, Map.of());

        assertThat(output.stdout().text()).isEqualTo(body).doesNotContain(SECRET);
        ReceivedCommand received = env.simulator().commands().get((int) sent);
        assertThat(String.join("\n", received.commands())).doesNotContain("{{", "‘", "it's", "$(touch");
    }

    @Test
    void run_whenParameterHoldsSsmReferencesAndQuotes_theScriptGetsItExactly() throws Exception {
        InvocationOutput output = run(1, ScriptLanguage.SHELL, "printf '%s' \"$V\"", Map.of("V", HOSTILE));

        assertThat(output.stdout().text()).isEqualTo(HOSTILE);
    }

    @Test
    void run_whenPythonScriptHoldsThem_runsTheDecodedTextAsWritten() throws Exception {
        String body = "import os, sys\nsys.stdout.write(os.environ['V'] + '|' + \"\"\"" + HOSTILE + "\"\"\")\n";

        InvocationOutput output = run(0, ScriptLanguage.PYTHON, body, Map.of("V", HOSTILE));

        assertThat(output.stdout().text()).isEqualTo(HOSTILE + "|" + HOSTILE);
    }

    @Test
    void run_whenPowerShellParameterHoldsCurlyQuotes_itStaysOneValue() throws Exception {
        String windows = ids.get(2);
        env.simulator().update(windows, b -> b.platform(Platform.WINDOWS));
        try {
            InvocationOutput output = run(2, ScriptLanguage.POWERSHELL,
                    "Write-Output $env:V\nWrite-Output '{{ssm:/x}} $(id)'\nexit 3\n", Map.of("V", HOSTILE));

            assertThat(output.stdout().text()).isEqualTo(HOSTILE + "\r\n{{ssm:/x}} $(id)\r\n");
            assertThat(output.exitCode()).isEqualTo(3);
        } finally {
            env.simulator().update(windows, b -> b.platform(Platform.LINUX));
        }
    }

    @Test
    void run_whenScriptTooLargeOnceEncoded_isNotSentAndSaysWhy() throws Exception {
        long sends = env.simulator().callCount("SendCommand");

        Run done = start(1, ScriptLanguage.SHELL, "#" + "x".repeat(46_000) + "\n", Map.of());

        Invocation invocation = invocations(pcm, done.id()).get(ids.get(1));
        assertThat(invocation.state()).isEqualTo(InvocationState.NOT_EXECUTED);
        assertThat(invocation.reason()).contains("script too large for SSM Run Command", "64 KB");
        assertThat(env.simulator().callCount("SendCommand")).isEqualTo(sends);
    }

    @Test
    void run_whenScriptJustFitsOnceEncoded_ssmTakesAndRunsIt() throws Exception {
        InvocationOutput output = run(1, ScriptLanguage.SHELL, "#" + "x".repeat(44_000) + "\necho fits\n", Map.of());

        assertThat(output.stdout().text()).isEqualTo("fits\n");
    }

    private static InvocationOutput run(int instance, ScriptLanguage language, String body,
                                        Map<String, String> parameters) throws Exception {
        Run done = start(instance, language, body, parameters);
        return pcm.runs().output(done.id(), ids.get(instance));
    }

    private static Run start(int instance, ScriptLanguage language, String body, Map<String, String> parameters)
            throws Exception {
        Selector one = Selector.builder().provider("aws").ids(List.of(ids.get(instance))).build();
        return RunSupport.finish(pcm, pcm.runs().start(new RunRequest(null, one, ScriptChoice.inline(language, body),
                parameters, FAST, null, null)).join());
    }
}
