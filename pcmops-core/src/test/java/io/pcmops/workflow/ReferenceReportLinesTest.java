package io.pcmops.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.internal.workflow.ShippedWorkflows;
import io.pcmops.internal.workflow.definition.WorkflowParser;
import io.pcmops.internal.workflow.facts.FactExtractor;
import io.pcmops.internal.workflow.facts.Grouping;
import io.pcmops.internal.workflow.facts.Judgement;
import io.pcmops.internal.workflow.facts.Subject;
import io.pcmops.internal.workflow.facts.VerdictJudge;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Verdict;
import io.pcmops.model.WorkflowDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped readers and rules against the original tool's report lines (INVENTORY §4.1 and §4.2). */
class ReferenceReportLinesTest {

    private static final WorkflowDefinition PREP = WorkflowParser.parse(ShippedWorkflows.source("linux-patch-prep"));
    private static final WorkflowDefinition POST = WorkflowParser.parse(ShippedWorkflows.source("linux-patch-post"));

    /** A QC report as the original Linux patcher printed it, colours included. */
    static String originalQc(String host, String kernel, String crowdstrike, String repos, String disk,
                             String... updates) {
        StringBuilder text = new StringBuilder("\u001B[1;32m===== QC report for " + host + " =====\u001B[0m\n"
                + "(Server running since): 2025-01-02 03:04\n"
                + "(Current running kernel version): " + kernel + "\n"
                + "(Is Crowdstrike running): " + crowdstrike + "\n"
                + "(Current Crowdstrike Version): version = 7.18.17106.0\n"
                + "(Test Repositories Result): \u001B[32m" + repos + "\u001B[0m\n"
                + "(Disk Space Check Result): " + disk + "\n"
                + "(Available Kernel Updates):\n");
        for (String update : updates) {
            text.append("kernel.x86_64    ").append(update).append("    rhel-8-baseos\n");
        }
        return text.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            4.18.0-553.el8_10.x86_64|RHEL8.10|4.18.0
            4.18.0-513.24.1.el8_9.x86_64|RHEL8.9|4.18.0
            4.18.0-477.10.1.el8_8.x86_64|RHEL8.8|4.18.0
            4.18.0-372.9.1.el8.x86_64|RHEL8|4.18.0
            5.14.0-427.13.1.el9_4.x86_64|RHEL9|5.14.0
            3.10.0-1160.el7.x86_64|RHEL7|3.10.0
            6.1.97-104.177.amzn2023.x86_64|Amazon Linux 2023|6.1.97
            5.10.220-209.869.amzn2.x86_64|Amazon Linux 2|5.10.220
            5.15.0-1051-aws|Ubuntu|5.15.0
            6.8.0-45-generic|Ubuntu|6.8.0
            """)
    void qcLines_giveTheOriginalsDistroAndGroupingKey(String kernel, String distro, String base) {
        Map<String, String> facts = read(PREP, 0, originalQc("web-1", kernel, "Yes", "PASSED", "PASSED"));

        assertThat(facts).containsEntry("hostname", "web-1").containsEntry("kernel", kernel)
                .containsEntry("distro", distro).containsEntry("kernel_base", base);
        assertThat(Grouping.keyOf(PREP.steps().get(1).gate(), facts)).isEqualTo(distro + " - Kernel " + base);
    }

    @Test
    void qcPassed_isReposAndDiskAndCrowdStrike_withTheOriginalsReasons() {
        String kernel = "4.18.0-553.el8_10.x86_64";
        Judgement passed = judge(PREP, 0, originalQc("a", kernel, "Yes", "PASSED", "PASSED", "4.18.0-553.45.1.el8_10"));
        Judgement failed = judge(PREP, 0, originalQc("b", kernel, "No", "FAILED", "FAILED"));

        assertThat(passed.verdict()).isNotEqualTo(Verdict.FAIL);
        assertThat(passed.next()).isEqualTo("stage");
        assertThat(failed.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(failed.reasons()).startsWith("Repository test failed", "Insufficient disk space",
                "CrowdStrike not running");
        assertThat(failed.next()).isNull();
    }

    @Test
    void availableKernels_areMergedPerGroupNewestFirst() {
        Map<String, Map<String, String>> byTarget = new LinkedHashMap<>();
        byTarget.put("i-1", read(PREP, 0, originalQc("a", "4.18.0-553.el8_10.x86_64", "Yes", "PASSED", "PASSED",
                "4.18.0-553.40.1.el8_10", "4.18.0-553.45.1.el8_10")));
        byTarget.put("i-2", read(PREP, 0, originalQc("b", "4.18.0-553.5.1.el8_10.x86_64", "Yes", "PASSED", "PASSED",
                "4.18.0-553.45.1.el8_10", "4.18.0-553.50.1.el8_10")));
        byTarget.put("i-3", read(PREP, 0, originalQc("c", "5.14.0-427.el9_4.x86_64", "Yes", "PASSED", "PASSED")));

        List<Grouping.Group> groups = Grouping.of(PREP.steps().get(1).gate(), byTarget);

        assertThat(groups).extracting(Grouping.Group::key).containsExactly("RHEL8.10 - Kernel 4.18.0",
                "RHEL9 - Kernel 5.14.0");
        assertThat(groups.get(0).targetIds()).containsExactly("i-1", "i-2");
        assertThat(groups.get(0).choices()).containsExactly("4.18.0-553.50.1.el8_10", "4.18.0-553.45.1.el8_10",
                "4.18.0-553.40.1.el8_10");
        assertThat(groups.get(1).choices()).isEmpty();
    }

    /** Post-validation output in the original tool's sections and lines. */
    static String post(String running, String target, String tool, int packages, String falcon) {
        return "========== KERNEL VALIDATION ==========\nRunning kernel: " + running + "\nTarget kernel: " + target
                + "\n" + (running.startsWith(target) ? "PASS: Kernel matches" : "FAIL: Kernel mismatch")
                + "\n========== PACKAGE MANAGEMENT ==========\nPackage tool: " + tool
                + "\nPackage transactions today: " + packages + "\n"
                + "    12 | update                   | 2025-01-02 03:10 | Upgrade        |   44\n"
                + "========== CRITICAL SERVICES ==========\nsshd: active\nfalcon-sensor: " + falcon
                + "\namazon-ssm-agent: active\nsftd: not installed\nbesclient: not installed\nServices not running: "
                + (falcon.equals("inactive") ? "falcon-sensor" : "")
                + "\n========== DISK AND STORAGE ==========\nRoot use: 41%\nInactive logical volumes: 0\n"
                + "Missing physical volumes: 0\n========== SYSTEM HEALTH ==========\nFailed units: 0 (none)\n"
                + "Kernel log panics: 0\n========== FINAL STATUS ==========\nPOST-PATCH VALIDATION: "
                + (running.startsWith(target) && !falcon.equals("inactive") ? "PASSED" : "FAILED") + "\n";
    }

    @Test
    void postLines_kernelMatchAndHistory_pass() {
        Judgement ok = judge(POST, 0, post("4.18.0-553.45.1.el8_10.x86_64", "4.18.0-553.45.1.el8_10", "dnf", 3,
                "active"));

        assertThat(ok).isEqualTo(new Judgement(Verdict.PASS, List.of(), null));
    }

    @Test
    void postLines_mismatchNoHistoryAndStoppedAgent_failWithTheOriginalsReasons() {
        Judgement yum = judge(POST, 0, post("4.18.0-553.el8_10.x86_64", "4.18.0-553.45.1.el8_10", "yum", 0,
                "inactive"));
        Judgement apt = judge(POST, 0, post("6.8.0-45-generic", "6.8.0-45-generic", "apt", 0, "active"));

        assertThat(yum.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(yum.reasons()).containsExactly(
                "Kernel mismatch: running 4.18.0-553.el8_10.x86_64, expected 4.18.0-553.45.1.el8_10",
                "No recent yum history found", "CrowdStrike installed but not running",
                "Services not running: falcon-sensor");
        assertThat(apt).isEqualTo(new Judgement(Verdict.WARN, List.of("No recent apt history found"), null));
    }

    private static Map<String, String> read(WorkflowDefinition definition, int step, String output) {
        return new FactExtractor(definition.steps().get(step).reader()).read(output);
    }

    private static Judgement judge(WorkflowDefinition definition, int step, String output) {
        return new VerdictJudge(definition, step).judge(new Subject(read(definition, step, output), 0,
                InvocationState.SUCCESS), null);
    }
}
