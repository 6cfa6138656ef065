package io.pcmops.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.EmulatedDistro;
import io.pcmops.aws.testkit.EmulatedHost;
import io.pcmops.aws.testkit.EmulatedWindowsHost;
import io.pcmops.aws.testkit.SimulatedInstance;
import io.pcmops.model.Change;
import io.pcmops.model.ChangeTarget;
import io.pcmops.model.Difference;
import io.pcmops.model.ExportFormat;
import io.pcmops.model.FactComparison;
import io.pcmops.model.FactSource;
import io.pcmops.model.GateAnswer;
import io.pcmops.model.GateGroup;
import io.pcmops.model.GateView;
import io.pcmops.model.PageRequest;
import io.pcmops.model.Run;
import io.pcmops.model.RunRequest;
import io.pcmops.model.RunStatus;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import io.pcmops.model.TargetStepResult;
import io.pcmops.model.Verdict;
import io.pcmops.model.WorkflowReport;
import io.pcmops.model.WorkflowRun;
import io.pcmops.model.WorkflowRunRequest;
import io.pcmops.model.WorkflowRunStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped workflows end to end through the aws provider and the SSM fleet simulator, on one emulated host of each
 * distribution family (and a Windows machine for sft-agent-fix).
 */
class WorkflowsOnEmulatedHostsTest {

    private static final String CHANGE = "CHG0518313";
    private static final String TOKEN = "enroll-me-please";

    @TempDir
    static Path dir;

    @AutoClose
    private static AwsTestEnvironment env;
    private static Pcmops pcm;
    private static final Map<String, EmulatedHost> LINUX = new LinkedHashMap<>();
    private static EmulatedWindowsHost windows;
    private static String windowsId;

    @BeforeAll
    static void start() {
        List<EmulatedDistro> distros = EmulatedDistro.ALL;
        env = AwsTestEnvironment.builder(dir.resolve("data")).members(1).regions(List.of("us-east-1"))
                .perRegion(distros.size() + 1).govAccount(null).instance(b -> place(b, distros)).start();
        pcm = env.pcm();
    }

    private static SimulatedInstance.Builder place(SimulatedInstance.Builder builder, List<EmulatedDistro> distros) {
        String id = builder.build().instanceId();
        if (LINUX.size() == distros.size()) {
            windowsId = id;
            windows = new EmulatedWindowsHost(false, false);
            return builder.platform(SimulatedInstance.Platform.WINDOWS).behaviour(windows);
        }
        EmulatedDistro distro = distros.get(LINUX.size());
        Map<String, String> units = new LinkedHashMap<>(Map.of(distro.sshUnit(), "active", "falcon-sensor", "active",
                "amazon-ssm-agent", "active"));
        if (distro == EmulatedDistro.RHEL9 || distro == EmulatedDistro.UBUNTU_2204) {
            units.put("sftd", "inactive");
        }
        EmulatedHost host = EmulatedHost.create(dir.resolve("hosts"), distro.name(), distro, units);
        LINUX.put(id, host);
        return builder.behaviour(host);
    }

    @Test
    void patchPrepApplyAndPost_onEveryDistributionFamily() throws Exception {
        pcm.changes().save(new Change(CHANGE, "kernel patching", null, "aws", LINUX.keySet().stream()
                .map(id -> new ChangeTarget(id, env.members().get(0), "us-east-1", "linux", "")).toList(),
                null, null, null));
        WorkflowRun prep = settle(pcm.workflows().start(WorkflowRunRequest.onChange("linux-patch-prep", CHANGE)).join());

        assertThat(prep.status()).isEqualTo(WorkflowRunStatus.WAITING);
        assertThat(prep.changeTicket()).isEqualTo(CHANGE);
        GateView gate = pcm.workflows().gate(prep.id()).orElseThrow();
        assertThat(gate.groups()).extracting(GateGroup::key).containsExactlyInAnyOrder("RHEL7 - Kernel 3.10.0",
                "RHEL8.10 - Kernel 4.18.0", "RHEL9 - Kernel 5.14.0", "Amazon Linux 2 - Kernel 5.10.220",
                "Amazon Linux 2023 - Kernel 6.1.97", "Ubuntu - Kernel 5.15.0", "debian 12 - Kernel 6.1.0");
        Map<String, String> answers = new LinkedHashMap<>();
        gate.groups().forEach(g -> answers.put(g.key(), g.choices().get(g.choices().size() - 1)));
        WorkflowRun staged = answer(prep.id(), answers);

        assertThat(staged.status()).as(staged.message()).isEqualTo(WorkflowRunStatus.SUCCEEDED);
        assertThat(staged.steps()).allSatisfy(s -> assertThat(s.count(Verdict.FAIL)).as(s.stepId()).isZero());
        String finalReport = report(prep.id(), WorkflowReport.FINAL);
        assertThat(finalReport).contains("### QC Report", "### Patch Script", "(Test Repositories Result): PASSED");
        LINUX.values().forEach(host -> assertThat(host.file("/var/lib/pcmops-patch/" + CHANGE + "/patchme.sh"))
                .hasValueSatisfying(text -> assertThat(text).contains(host.distro().rpm() ? "install kernel-"
                        : "install -y linux-image-")));

        Run apply = pcm.runs().completion(pcm.runs().start(RunRequest.onSelector(pcm.changes().get(CHANGE)
                .selector(), ScriptChoice.inline(ScriptLanguage.SHELL, "sh /var/lib/pcmops-patch/" + CHANGE
                + "/patchme.sh")).withChangeTicket(CHANGE)).join().id()).get(2, TimeUnit.MINUTES);
        assertThat(apply.status()).isEqualTo(RunStatus.SUCCEEDED);
        Map<String, String> stagedKernels = results(prep.id(), "stage").stream()
                .collect(Collectors.toMap(r -> r.target().targetId(), r -> r.facts().get("staged_kernel")));
        LINUX.forEach((id, host) -> assertThat(host.kernel()).startsWith(stagedKernels.get(id)));

        WorkflowRun post = settle(pcm.workflows().start(WorkflowRunRequest.onChange("linux-patch-post", CHANGE)).join());
        List<TargetStepResult> validated = results(post.id(), "validate");
        assertThat(validated).hasSize(LINUX.size()).allSatisfy(r -> {
            assertThat(r.facts()).containsEntry("kernel_check", "PASS").containsEntry("packages_today", "1")
                    .containsEntry("service_falcon", "active").containsEntry("final_status", "PASSED");
            boolean stoppedAgent = r.facts().get("service_sftd").equals("inactive");
            assertThat(r.reasons()).isEqualTo(stoppedAgent ? List.of("Services not running: sftd") : List.of());
        });
        assertThat(post.status()).isEqualTo(validated.stream().anyMatch(r -> r.verdict() == Verdict.FAIL)
                ? WorkflowRunStatus.COMPLETED_WITH_FAILURES : WorkflowRunStatus.SUCCEEDED);
        FactComparison evidence = pcm.workflows().compare(FactSource.workflowRun(prep.id()),
                FactSource.workflowRun(post.id()));
        assertThat(evidence.targets()).hasSize(LINUX.size()).allSatisfy(t -> assertThat(t.facts())
                .anySatisfy(f -> {
                    assertThat(f.fact()).isEqualTo("kernel");
                    assertThat(f.difference()).isEqualTo(Difference.CHANGED);
                    assertThat(f.after()).isEqualTo(LINUX.get(t.targetId()).kernel());
                }));
    }

    @Test
    void sftAgentFix_asShipped_isRefusedOnAwsBecauseItsTokenIsASecretTheProviderCannotPass() throws Exception {
        WorkflowRun run = settle(pcm.workflows().start(WorkflowRunRequest.onSelector("sft-agent-fix",
                Selector.builder().provider("aws").build()).withVersion(1).withParameters(Map.of("ENROLLMENT_TOKEN",
                TOKEN))).join());

        assertThat(run.status()).isEqualTo(WorkflowRunStatus.FAILED);
        assertThat(run.message()).startsWith("step detect could not start: provider 'aws' cannot pass secret "
                + "parameters");
        assertThat(run.steps()).allSatisfy(s -> assertThat(s.runIds()).isEmpty());
    }

    @Test
    void sftAgentFix_installsPerFamilyResetsStoppedAgentsAndCoversWindows() throws Exception {
        int version = pcm.workflows().save(pcm.workflows().get("sft-agent-fix", 1).source()
                .replace("type: secret", "type: string")).version();
        WorkflowRun run = settle(pcm.workflows().start(WorkflowRunRequest.onSelector("sft-agent-fix",
                Selector.builder().provider("aws").build()).withVersion(version).withParameters(Map.of(
                "ENROLLMENT_TOKEN", TOKEN,
                "WINDOWS_INSTALLER_URL", "https://installers.example/ScaleFT-Server-Tools.msi"))).join());

        assertThat(run.status()).as(run.message()).isEqualTo(WorkflowRunStatus.SUCCEEDED);
        Map<String, TargetStepResult> detect = byTarget(results(run.id(), "detect"));
        Map<String, TargetStepResult> verify = byTarget(results(run.id(), "verify"));
        assertThat(verify).hasSize(LINUX.size() + 1);
        assertThat(verify.values()).allSatisfy(r -> assertThat(r.facts()).containsEntry("SFT_STATUS", "running"));
        LINUX.forEach((id, host) -> {
            boolean preinstalled = host.distro() == EmulatedDistro.RHEL9 || host.distro() == EmulatedDistro.UBUNTU_2204;
            assertThat(detect.get(id).next()).isEqualTo(preinstalled ? "reset" : "install");
            assertThat(detect.get(id).facts()).containsEntry("DISTRO_FAMILY", host.distro().rpm() ? "rhel" : "debian");
            assertThat(host.file("/var/lib/sftd/enrollment.token")).hasValue(TOKEN);
            if (!preinstalled && host.distro().rpm()) {
                assertThat(host.file("/etc/yum.repos.d/scaleft.repo")).isPresent();
            } else if (!preinstalled) {
                String codename = host.distro() == EmulatedDistro.DEBIAN_12 ? "bookworm" : "jammy";
                assertThat(host.file("/etc/apt/sources.list.d/oktapam-stable.list")).hasValueSatisfying(
                        list -> assertThat(list).contains("/repos/deb " + codename + " okta"));
            }
        });
        assertThat(detect.get(windowsId).next()).isEqualTo("install");
        assertThat(windows.enrollmentToken()).isEqualTo(TOKEN);
        Run windowsDetect = pcm.runs().get(detect.get(windowsId).runId());
        assertThat(windowsDetect.scriptLanguage()).isEqualTo(ScriptLanguage.POWERSHELL);
    }

    @Test
    void diskReport_readsEveryEmulatedHost() throws Exception {
        WorkflowRun run = settle(pcm.workflows().start(WorkflowRunRequest.onSelector("disk-report",
                Selector.builder().provider("aws").platform("linux").build())).join());

        assertThat(results(run.id(), "inventory")).hasSize(LINUX.size()).allSatisfy(r -> {
            assertThat(r.facts().get("hostname")).isEqualTo(LINUX.get(r.target().targetId()).distro().name());
            assertThat(r.facts().get("filesystems")).contains("\"mount\":\"/\"");
            assertThat(r.verdict()).isIn(Verdict.PASS, Verdict.WARN);
        });
    }

    private static WorkflowRun settle(WorkflowRun run) throws Exception {
        return pcm.workflows().settled(run.id()).get(3, TimeUnit.MINUTES);
    }

    private static WorkflowRun answer(String id, Map<String, String> answers) throws Exception {
        pcm.workflows().answer(id, GateAnswer.choose(answers));
        return pcm.workflows().settled(id).get(3, TimeUnit.MINUTES);
    }

    private static List<TargetStepResult> results(String id, String step) {
        return pcm.workflows().results(id, step, PageRequest.of(0, 500)).items();
    }

    private static Map<String, TargetStepResult> byTarget(List<TargetStepResult> results) {
        return results.stream().collect(Collectors.toMap(r -> r.target().targetId(), r -> r));
    }

    private static String report(String id, WorkflowReport kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pcm.workflows().report(id, kind, ExportFormat.MD, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
