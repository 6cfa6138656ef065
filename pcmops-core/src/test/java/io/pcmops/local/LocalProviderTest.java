package io.pcmops.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.internal.local.LocalProvider;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationOutput;
import io.pcmops.model.InvocationState;
import io.pcmops.model.ParameterSpec;
import io.pcmops.model.ParameterType;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunRequest;
import io.pcmops.model.RunStatus;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptDefinition;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import io.pcmops.testkit.Runs;
import io.pcmops.testkit.TestLibraries;
import io.pcmops.testkit.Waits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalProviderTest {

    @TempDir
    Path dir;

    private Pcmops open() {
        return TestLibraries.open(dir, new LocalProvider());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Invocation only(Pcmops pcm, Run run) {
        return Runs.invocations(pcm, run.id()).get(0);
    }

    @Test
    void run_ofSucceedingScript_recordsOutputAndExitCode() {
        try (Pcmops pcm = open()) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "local", "echo hello; echo oops >&2", RunOptions.defaults()));
            assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
            InvocationOutput output = pcm.runs().output(done.id(), only(pcm, done).target().targetId());
            assertThat(output.stdout().text()).isEqualTo("hello\n");
            assertThat(output.stderr().text()).isEqualTo("oops\n");
            assertThat(output.exitCode()).isZero();
        }
    }

    @Test
    void run_ofScriptTypedWithWindowsLineEndings_runsAsWritten() {
        try (Pcmops pcm = open()) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "local", "sleep 0\r\necho typed\r\n", RunOptions.defaults()));
            assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(only(pcm, done).stdout()).isEqualTo("typed\n");
            assertThat(pcm.runs().script(done.id()).body()).isEqualTo("sleep 0\necho typed\n");
        }
    }

    @Test
    void run_ofFailingScript_isFailedWithItsExitCode() {
        try (Pcmops pcm = open()) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "local", "echo before; exit 3", RunOptions.defaults()));
            assertThat(done.status()).isEqualTo(RunStatus.COMPLETED_WITH_FAILURES);
            assertThat(only(pcm, done).state()).isEqualTo(InvocationState.FAILED);
            assertThat(only(pcm, done).exitCode()).isEqualTo(3);
        }
    }

    @Test
    void run_pastExecutionTimeout_killsTheWholeProcessGroupIncludingChildren() {
        try (Pcmops pcm = open()) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "local",
                    "sleep 300 & echo $! > " + dir.resolve("child.pid") + "; wait",
                    Runs.withExecutionTimeout(Duration.ofSeconds(2))));
            assertThat(only(pcm, done).state()).isEqualTo(InvocationState.TIMED_OUT_EXECUTION);
            long pid = Long.parseLong(read(dir.resolve("child.pid")));
            Waits.until(() -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true));
        }
    }

    @Test
    void run_withHostileParameterValue_passesItAsPlainText() {
        try (Pcmops pcm = open()) {
            pcm.scripts().save(new ScriptDefinition("greet", "", ScriptLanguage.SHELL,
                    "printf '%s' \"$WHO\"; if [ -e pwned ]; then echo PWNED; fi",
                    List.of(new ParameterSpec("WHO", ParameterType.STRING, true, null, List.of(), null, null))));
            String hostile = "x'; touch pwned; echo '$(id) `id` \"";
            RunRequest request = RunRequest.onSelector(Selector.builder().provider("local").build(),
                    ScriptChoice.saved("greet", null)).withParameters(Map.of("WHO", hostile));
            Run done = Runs.finish(pcm, pcm.runs().start(request).join());
            Invocation invocation = only(pcm, done);
            assertThat(pcm.runs().output(done.id(), invocation.target().targetId()).stdout().text()).isEqualTo(hostile);
        }
    }

    @Test
    void run_ofPythonScript_runsUnderPython3() {
        try (Pcmops pcm = open()) {
            RunRequest request = RunRequest.onSelector(Selector.builder().provider("local").build(),
                    ScriptChoice.inline(ScriptLanguage.PYTHON, "import os\nprint('sum', 2 + 3, os.environ['N'])"))
                    .withParameters(Map.of("N", "7"));
            Run done = Runs.finish(pcm, pcm.runs().start(request).join());
            assertThat(only(pcm, done).stdout()).isEqualTo("sum 5 7\n");
        }
    }

    @Test
    void run_ofPowerShellWithoutPwsh_isNotExecutedWithAClearReason() {
        try (Pcmops pcm = open()) {
            RunRequest request = RunRequest.onSelector(Selector.builder().provider("local").build(),
                    ScriptChoice.inline(ScriptLanguage.POWERSHELL, "Write-Output 'hi'"));
            Run done = Runs.finish(pcm, pcm.runs().start(request).join());
            Invocation invocation = only(pcm, done);
            boolean hasPwsh = java.util.Arrays.stream(System.getenv("PATH").split(":"))
                    .anyMatch(p -> Files.isExecutable(Path.of(p, "pwsh")));
            if (!hasPwsh) {
                assertThat(invocation.state()).isEqualTo(InvocationState.NOT_EXECUTED);
                assertThat(invocation.reason()).contains("pwsh");
            } else {
                assertThat(invocation.state()).isEqualTo(InvocationState.SUCCESS);
            }
        }
    }

    @Test
    void cancel_ofRunningScript_killsItAndRecordsCancelled() {
        try (Pcmops pcm = open()) {
            Run run = Runs.start(pcm, "local", "sleep 300", RunOptions.defaults());
            Waits.until(() -> pcm.runs().get(run.id()).count(InvocationState.IN_PROGRESS) == 1);
            pcm.runs().cancel(run.id());
            Run done = Runs.finish(pcm, run);
            assertThat(done.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(only(pcm, done).state()).isEqualTo(InvocationState.CANCELLED);
        }
    }

    @Test
    void restart_whileScriptRuns_newLibraryCollectsItsResult() {
        Run run;
        try (Pcmops first = TestLibraries.builder(dir, new LocalProvider()).lease(Duration.ofSeconds(1)).build()) {
            run = Runs.start(first, "local", "sleep 2; echo survived", RunOptions.defaults());
            Waits.until(() -> first.runs().get(run.id()).count(InvocationState.IN_PROGRESS) == 1);
        }
        try (Pcmops second = TestLibraries.builder(dir, new LocalProvider()).lease(Duration.ofSeconds(1)).build()) {
            Run done = Runs.finish(second, run);
            assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(only(second, done).stdout()).isEqualTo("survived\n");
        }
    }
}
