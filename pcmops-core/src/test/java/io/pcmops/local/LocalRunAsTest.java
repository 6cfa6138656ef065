package io.pcmops.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.internal.local.LocalProvider;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.testkit.OsAccountsForTests;
import io.pcmops.testkit.Runs;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local scripts run as the {@code runAs} account (here {@code nobody}, switched to with {@code setpriv}) cannot
 * read the data directory or this process's environment. Needs root: skipped with the reason elsewhere, never
 * under {@code CI=true}.
 */
class LocalRunAsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsRoot() {
        OsAccountsForTests.assumeCanSwitchAccounts();
    }

    @Test
    void script_runAsAnotherAccount_cannotReadTheVaultKeyTheStoreOrThisProcess() throws Exception {
        Path data = dir.resolve("data");
        try (Pcmops pcm = Pcmops.builder().dataDirectory(data).discoverProviders(false).provider(new LocalProvider())
                .actor("tester").build()) {
            assertThat(data.resolve("master.key")).exists();
            pcm.settings().put("local", "runAs", OsAccountsForTests.OTHER_ACCOUNT);
            String probe = String.join("\n", "id -un",
                    "cat '" + data.resolve("master.key") + "' > /dev/null 2>&1 && echo master-key-read",
                    "cat '" + data.resolve("pcmops.db") + "' > /dev/null 2>&1 && echo store-read",
                    "cat /proc/" + ProcessHandle.current().pid() + "/environ > /dev/null 2>&1 && echo environ-read",
                    "echo \"home=$HOME\"", "pwd");

            Run done = Runs.finish(pcm, Runs.start(pcm, "local", probe, RunOptions.defaults()));

            Invocation invocation = Runs.invocations(pcm, done.id()).get(0);
            assertThat(invocation.state()).isEqualTo(InvocationState.SUCCESS);
            List<String> lines = invocation.stdout().lines().toList();
            assertThat(lines.get(0)).isEqualTo(OsAccountsForTests.OTHER_ACCOUNT);
            assertThat(lines).noneMatch(line -> line.endsWith("-read"));
            assertThat(Path.of(lines.get(lines.size() - 1)).startsWith(data)).isFalse();
        }
    }

    @Test
    void enablingLocal_asRootWithoutRunAs_isRefusedWhenTheEmbedderAsksForIt() {
        Path data = dir.resolve("data");
        assertThatThrownBy(() -> TestLibraries.builder(data, new LocalProvider()).requireLocalRunAsWhenRoot(true)
                .providerDefaults("local", Map.of("enabled", "true")).build())
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("runAs");

        try (Pcmops pcm = TestLibraries.builder(data, new LocalProvider()).requireLocalRunAsWhenRoot(true)
                .providerDefaults("local", Map.of("enabled", "false")).build()) {
            assertThatThrownBy(() -> pcm.settings().put("local", "enabled", "true"))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("runAs");
            pcm.settings().put("local", "runAs", OsAccountsForTests.OTHER_ACCOUNT);
            pcm.settings().put("local", "enabled", "true");
            assertThatThrownBy(() -> pcm.settings().remove("local", "runAs"))
                    .isInstanceOf(InvalidRequestException.class);
            assertThat(pcm.providerEnabled("local")).isTrue();
        }
    }

    @Test
    void unknownRunAsAccount_isNotExecutedWithAClearReason() {
        try (Pcmops pcm = TestLibraries.open(dir.resolve("data"), new LocalProvider())) {
            pcm.settings().put("local", "runAs", "no-such-account-pcmops");

            Run done = Runs.finish(pcm, Runs.start(pcm, "local", "echo never", RunOptions.defaults()));

            Invocation invocation = Runs.invocations(pcm, done.id()).get(0);
            assertThat(invocation.state()).isEqualTo(InvocationState.NOT_EXECUTED);
            assertThat(invocation.reason()).contains("no-such-account-pcmops").contains("does not exist");
            assertThat(Files.exists(dir.resolve("data/providers/local/runs").resolve(done.id()).resolve("1/running")))
                    .isFalse();
        }
    }
}
