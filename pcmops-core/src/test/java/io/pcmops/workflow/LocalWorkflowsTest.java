package io.pcmops.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.internal.local.LocalProvider;
import io.pcmops.model.Difference;
import io.pcmops.model.FactComparison;
import io.pcmops.model.FactSource;
import io.pcmops.model.GateAnswer;
import io.pcmops.model.GateView;
import io.pcmops.model.PageRequest;
import io.pcmops.model.Selector;
import io.pcmops.model.TargetStepResult;
import io.pcmops.model.Verdict;
import io.pcmops.model.WorkflowRun;
import io.pcmops.model.WorkflowRunRequest;
import io.pcmops.model.WorkflowRunStatus;
import io.pcmops.testkit.TestLibraries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every shipped workflow end to end on this machine through the {@code local} provider. */
class LocalWorkflowsTest {

    @TempDir
    Path dir;

    private Pcmops pcm;

    @BeforeEach
    void open() {
        pcm = TestLibraries.open(dir.resolve("data"), new LocalProvider());
    }

    @AfterEach
    void close() {
        pcm.close();
    }

    @Test
    void diskReport_readsThisMachinesStorageAsJsonFacts() throws Exception {
        WorkflowRun done = run("disk-report", Map.of());

        TargetStepResult inventory = only(done, "inventory");
        assertThat(inventory.facts().get("hostname")).isEqualTo(command("hostname"));
        assertThat(inventory.facts().get("filesystems")).startsWith("[{\"filesystem\":").contains("\"mount\":\"/\"");
        assertThat(Integer.parseInt(inventory.facts().get("block_device_count"))).isPositive();
        assertThat(inventory.facts()).containsKeys("block_devices", "lvm", "volume_groups", "max_use_percent");
        int maxUse = Integer.parseInt(inventory.facts().get("max_use_percent"));
        assertThat(inventory.verdict()).isEqualTo(maxUse >= 90 ? Verdict.WARN : Verdict.PASS);
    }

    @Test
    void sftAgentFix_detectsTheAgentAndRefusesToInstallWithoutAToken() throws Exception {
        WorkflowRun detect = run("sft-agent-fix", Map.of("ACTION", "detect"));
        TargetStepResult found = only(detect, "detect");
        String id = osRelease("ID");
        assertThat(found.facts()).containsEntry("LINUX_DISTRO", id).containsEntry("REQUESTED_ACTION", "detect");
        boolean installed = found.facts().get("SFT_INSTALLED").equals("yes");
        assertThat(found.next()).isNull();
        assertThat(detect.status()).isEqualTo(WorkflowRunStatus.SUCCEEDED);

        if (!installed) {
            WorkflowRun auto = run("sft-agent-fix", Map.of());
            TargetStepResult install = only(auto, "install");
            assertThat(install.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(install.exitCode()).isEqualTo(2);
            assertThat(install.reasons()).contains(
                    "install failed: no enrollment token given (parameter ENROLLMENT_TOKEN)");
            assertThat(auto.status()).isEqualTo(WorkflowRunStatus.COMPLETED_WITH_FAILURES);
        }
    }

    @Test
    void patchPrepThenPost_qcGateAndValidationOnThisMachine_comparedPerTarget() throws Exception {
        Path state = dir.resolve("state");
        WorkflowRun waiting = start("linux-patch-prep", Map.of("CHECK_REPOSITORIES", "false",
                "REQUIRE_SECURITY_AGENT", "false", "STATE_DIR", state.toString(), "MIN_ROOT_MB", "1",
                "MIN_VAR_MB", "1", "MIN_BOOT_MB", "1"));

        TargetStepResult qc = only(waiting, "qc");
        String kernel = command("uname -r");
        assertThat(qc.facts()).containsEntry("kernel", kernel).containsEntry("repo_test", "SKIPPED")
                .containsEntry("disk_space", "PASSED").containsEntry("os_distro", osRelease("ID") + " "
                        + osRelease("VERSION_ID"));
        assertThat(qc.reasons()).contains("Repository test failed");
        assertThat(qc.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(Files.readString(state.resolve(waiting.id()).resolve("qc_report.txt")))
                .contains("(Current running kernel version): " + kernel);
        assertThat(waiting.status()).isEqualTo(WorkflowRunStatus.COMPLETED_WITH_FAILURES);

        WorkflowRun prep = start("linux-patch-prep", Map.of("CHECK_REPOSITORIES", "true",
                "REQUIRE_SECURITY_AGENT", "false", "STATE_DIR", state.toString(), "MIN_ROOT_MB", "1",
                "MIN_VAR_MB", "1", "MIN_BOOT_MB", "1"));
        TargetStepResult checked = only(prep, "qc");
        if (checked.next() != null) {
            assertThat(prep.status()).isEqualTo(WorkflowRunStatus.WAITING);
            GateView gate = pcm.workflows().gate(prep.id()).orElseThrow();
            assertThat(gate.groups()).singleElement().satisfies(g -> assertThat(g.key())
                    .isEqualTo(checked.facts().get("distro") + " - Kernel " + checked.facts().get("kernel_base")));
            pcm.workflows().answer(prep.id(), GateAnswer.choose(Map.of(gate.groups().get(0).key(), "skip")));
            prep = pcm.workflows().settled(prep.id()).get(60, TimeUnit.SECONDS);
            assertThat(only(prep, "stage").verdict()).isEqualTo(Verdict.SKIPPED);
        } else {
            assertThat(checked.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(checked.reasons()).isNotEmpty();
        }

        Files.writeString(state.resolve(prep.id()).resolve("staged_kernel"), kernel + "\n");
        WorkflowRun post = run("linux-patch-post", Map.of("STATE_DIR", state.toString(), "PREP_CHANGE", prep.id()));
        TargetStepResult validation = only(post, "validate");
        assertThat(validation.facts()).containsEntry("kernel", kernel).containsEntry("staged_kernel", kernel)
                .containsEntry("kernel_check", "PASS").containsKeys("packages_today", "service_sshd", "final_status");
        assertThat(validation.reasons()).doesNotContain("Kernel mismatch: running " + kernel + ", expected " + kernel);
        FactComparison comparison = pcm.workflows().compare(FactSource.workflowRun(prep.id()),
                FactSource.workflowRun(post.id()));
        assertThat(comparison.targets()).singleElement().satisfies(t -> {
            assertThat(t.difference()).isEqualTo(Difference.CHANGED);
            assertThat(t.facts()).anySatisfy(f -> {
                assertThat(f.fact()).isEqualTo("kernel");
                assertThat(f.difference()).isEqualTo(Difference.UNCHANGED);
            });
        });
    }

    private WorkflowRun run(String workflow, Map<String, String> parameters) throws Exception {
        WorkflowRun settled = start(workflow, parameters);
        assertThat(settled.status().terminal()).as(settled.toString()).isTrue();
        return settled;
    }

    private WorkflowRun start(String workflow, Map<String, String> parameters) throws Exception {
        WorkflowRun run = pcm.workflows().start(WorkflowRunRequest.onSelector(workflow,
                Selector.builder().provider("local").build()).withParameters(parameters)).join();
        return pcm.workflows().settled(run.id()).get(5, TimeUnit.MINUTES);
    }

    private TargetStepResult only(WorkflowRun run, String step) {
        List<TargetStepResult> results = pcm.workflows().results(run.id(), step, PageRequest.first()).items();
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static String command(String line) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", line).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor();
        return out;
    }

    private static String osRelease(String key) throws Exception {
        return command(". /etc/os-release; echo \"$" + key + "\"");
    }
}
