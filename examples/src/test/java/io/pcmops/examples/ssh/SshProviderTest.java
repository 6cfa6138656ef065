package io.pcmops.examples.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationQuery;
import io.pcmops.model.InvocationState;
import io.pcmops.model.ProviderInfo;
import io.pcmops.model.ReachabilityStatus;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunRequest;
import io.pcmops.model.RunStatus;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import io.pcmops.model.Target;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.InventoryRequest;
import io.pcmops.spi.PreparedScript;
import io.pcmops.testkit.Waits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshProviderTest {

    @TempDir
    static Path serverDir;

    @TempDir
    Path dir;

    private static OpenSshServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = OpenSshServer.start(serverDir);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void providers_onTheClassPath_includeTheSshPluginFoundByServiceLoader() {
        try (Pcmops pcm = library(dir.resolve("data"))) {
            assertThat(pcm.providers()).extracting(ProviderInfo::id).contains("ssh", "local");
        }
    }

    @Test
    void list_readsTheHostsFileAndProbesEachHost() {
        try (Pcmops pcm = library(dir.resolve("data"))) {
            List<Target> targets = pcm.targets().list(ssh().build(), true).join().targets();
            assertThat(targets).extracting(Target::targetId).containsExactly("down-1", "node-1", "node-2");
            assertThat(targets).extracting(t -> t.reachability().status())
                    .containsExactly(ReachabilityStatus.OFFLINE, ReachabilityStatus.ONLINE, ReachabilityStatus.ONLINE);
        }
    }

    @Test
    void run_onTwoHosts_collectsOutputExitCodesAndParameters() throws Exception {
        try (Pcmops pcm = library(dir.resolve("data"))) {
            Run run = finish(pcm, RunRequest.onSelector(ssh().ids(List.of("node-1", "node-2")).build(),
                    shell("echo \"hello $WHO\"; echo warning >&2; test \"$WHO\" = world"))
                    .withParameters(Map.of("WHO", "world")));
            assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
            for (Invocation invocation : invocations(pcm, run)) {
                assertThat(invocation.stdout()).isEqualTo("hello world\n");
                assertThat(invocation.stderr()).isEqualTo("warning\n");
                assertThat(invocation.exitCode()).isZero();
            }
        }
    }

    @Test
    void run_failingScriptAndOfflineHost_endFailedAndNotRun() throws Exception {
        try (Pcmops pcm = library(dir.resolve("data"))) {
            Run run = finish(pcm, RunRequest.onSelector(ssh().build(), shell("exit 3"))
                    .withOptions(RunOptions.defaults().withMaxErrors("100%")));
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED_WITH_FAILURES);
            assertThat(run.count(InvocationState.FAILED)).isEqualTo(2);
            assertThat(run.count(InvocationState.UNDELIVERABLE) + run.count(InvocationState.NOT_EXECUTED)).isOne();
            assertThat(invocations(pcm, run)).filteredOn(i -> i.state() == InvocationState.FAILED)
                    .extracting(Invocation::exitCode).containsOnly(3);
        }
    }

    @Test
    void run_pastItsExecutionTimeout_isKilledOnTheHost() throws Exception {
        try (Pcmops pcm = library(dir.resolve("data"))) {
            Run run = finish(pcm, RunRequest.onSelector(ssh().ids(List.of("node-1")).build(), shell("sleep 60"))
                    .withOptions(RunOptions.defaults().withExecutionTimeout(Duration.ofSeconds(2))));
            assertThat(run.count(InvocationState.TIMED_OUT_EXECUTION)).isOne();
            assertThat(processesRunning("sleep 60")).isFalse();
        }
    }

    @Test
    void cancel_whileRunning_killsTheJobAndEndsCancelled() throws Exception {
        try (Pcmops pcm = library(dir.resolve("data"))) {
            Run run = pcm.runs().start(RunRequest.onSelector(ssh().ids(List.of("node-2")).build(),
                    shell("sleep 45"))).get(30, TimeUnit.SECONDS);
            awaitInProgress(pcm, run.id());
            pcm.runs().cancel(run.id());
            Run done = pcm.runs().completion(run.id()).get(60, TimeUnit.SECONDS);
            assertThat(done.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(done.count(InvocationState.CANCELLED)).isOne();
            assertThat(processesRunning("sleep 45")).isFalse();
        }
    }

    @Test
    void resume_afterTheFirstProcessStopped_collectsTheResultWithoutSendingAgain() throws Exception {
        Path data = dir.resolve("data");
        Path counter = dir.resolve("sent-count");
        String runId;
        try (Pcmops first = library(data)) {
            Run run = first.runs().start(RunRequest.onSelector(ssh().ids(List.of("node-1")).build(),
                    shell("echo sent >> \"$COUNTER\"; sleep 3; echo done"))
                    .withParameters(Map.of("COUNTER", counter.toString()))).get(30, TimeUnit.SECONDS);
            runId = run.id();
            awaitInProgress(first, runId);
        }
        try (Pcmops second = library(data)) {
            Run done = second.runs().completion(runId).get(60, TimeUnit.SECONDS);
            assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(invocations(second, done).get(0).stdout()).isEqualTo("done\n");
        }
        assertThat(Files.readAllLines(counter)).containsExactly("sent");
    }

    @Test
    void find_afterDispatch_recognisesTheSentUnitAndNoOther() throws Exception {
        try (TestProviderContext context = TestProviderContext.of(dir, settings());
             SshProvider provider = new SshProvider()) {
            provider.start(context);
            TargetRef node = provider.inventory().list(new InventoryRequest(ssh().build(), true, "test")).join()
                    .targets().stream().filter(t -> t.targetId().equals("node-1")).findFirst().orElseThrow().ref();
            PreparedScript script = new PreparedScript(ScriptLanguage.SHELL, "echo x", Map.of(), "0".repeat(64));
            DispatchUnit sent = new DispatchUnit("r-find", 1, List.of(node), script, 1, 0, Duration.ofMinutes(1),
                    Duration.ofMinutes(1), "test");
            DispatchUnit other = new DispatchUnit("r-find", 2, List.of(node), script, 1, 0, Duration.ofMinutes(1),
                    Duration.ofMinutes(1), "test");
            String reference = provider.executor().dispatch(sent, updates -> { }).get(30, TimeUnit.SECONDS);
            assertThat(provider.executor().find(sent, Instant.EPOCH).get(30, TimeUnit.SECONDS)).contains(reference);
            assertThat(provider.executor().find(other, Instant.EPOCH).get(30, TimeUnit.SECONDS)).isEmpty();
        }
    }

    private Pcmops library(Path data) {
        return Pcmops.builder().dataDirectory(data).actor("ssh-test").providerDefaults("ssh", settings()).build();
    }

    private Map<String, String> settings() {
        try {
            int closedPort = OpenSshServer.freePort();
            String user = OpenSshServer.user();
            Path hosts = Files.writeString(dir.resolve("hosts"), "# test hosts\nnode-1 " + user + "@127.0.0.1:"
                    + server.port() + "\nnode-2 " + user + "@127.0.0.1:" + server.port() + " linux\ndown-1 " + user
                    + "@127.0.0.1:" + closedPort + "\n");
            return Map.of("hostsFile", hosts.toString(), "identityFile", server.identityFile().toString(),
                    "knownHostsFile", server.knownHostsFile().toString(), "remoteDirectory",
                    dir.resolve("remote").toString(), "pollInterval", "200ms");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Selector.Builder ssh() {
        return Selector.builder().provider("ssh");
    }

    private static ScriptChoice shell(String body) {
        return ScriptChoice.inline(ScriptLanguage.SHELL, body);
    }

    private static Run finish(Pcmops pcm, RunRequest request) throws Exception {
        Run run = pcm.runs().start(request).get(30, TimeUnit.SECONDS);
        return pcm.runs().completion(run.id()).get(90, TimeUnit.SECONDS);
    }

    private static List<Invocation> invocations(Pcmops pcm, Run run) {
        return pcm.runs().invocations(run.id(), InvocationQuery.all()).items();
    }

    private static void awaitInProgress(Pcmops pcm, String runId) {
        Waits.until(Duration.ofSeconds(15), "run " + runId + " in progress",
                () -> pcm.runs().get(runId).count(InvocationState.IN_PROGRESS) == 1);
    }

    private static boolean processesRunning(String commandLine) {
        return ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().orElse("").endsWith(commandLine));
    }
}
