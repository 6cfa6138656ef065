package io.pcmops.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.internal.workflow.facts.FactComparer;
import io.pcmops.internal.workflow.facts.FactComparer.TargetFacts;
import io.pcmops.internal.workflow.facts.FactExtractor;
import io.pcmops.internal.workflow.facts.Judgement;
import io.pcmops.internal.workflow.facts.Subject;
import io.pcmops.internal.workflow.facts.VerdictJudge;
import io.pcmops.internal.workflow.facts.VersionOrder;
import io.pcmops.internal.workflow.definition.WorkflowParser;
import io.pcmops.model.DerivedFact;
import io.pcmops.model.Difference;
import io.pcmops.model.FactReader;
import io.pcmops.model.InvocationState;
import io.pcmops.model.TargetComparison;
import io.pcmops.model.Verdict;
import io.pcmops.model.WorkflowDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactReadingTest {

    @Test
    void keyValueLines_lastWinsAnsiStrippedOtherLinesIgnored() {
        Map<String, String> facts = new FactExtractor(FactReader.keyValueLines())
                .read("noise\n\u001B[1;31mSTATUS=down\u001B[0m\r\nSTATUS=up\n  disk.free = 12 \nnot a=fact here\n");

        assertThat(facts).containsExactly(Map.entry("STATUS", "up"), Map.entry("disk.free", "12"));
    }

    @Test
    void jsonDocument_topLevelFieldsAndPointers() {
        FactReader reader = new FactReader(false, true, Map.of("first_vg", "/lvm/vgs/0/name"), null, null, null);
        Map<String, String> facts = new FactExtractor(reader)
                .read("preamble\n{\"host\":\"a\",\"count\":3,\"ok\":true,\"lvm\":{\"vgs\":[{\"name\":\"rootvg\"}]}}\n");

        assertThat(facts).containsEntry("host", "a").containsEntry("count", "3").containsEntry("ok", "true")
                .containsEntry("lvm", "{\"vgs\":[{\"name\":\"rootvg\"}]}").containsEntry("first_vg", "rootvg");
        assertThat(new FactExtractor(reader).read("not json {")).isEmpty();
    }

    @Test
    void regexListsAndDerivedFacts() {
        FactReader reader = new FactReader(false, false, null,
                Map.of("kernel", "^Kernel: (\\S+)"), Map.of("updates", "^kernel\\S*\\s+(\\S+)"),
                Map.of("base", new DerivedFact("kernel", "^(\\d+\\.\\d+)", null, null),
                        "family", new DerivedFact("kernel", null,
                                List.of(new DerivedFact.Case("\\.el9", "RHEL9")), "kernel")));
        Map<String, String> facts = new FactExtractor(reader)
                .read("Kernel: 5.14.0-427.el9\nkernel.x86_64 5.14.0-503.el9 baseos\nkernel 5.14.0-570.el9\n");

        assertThat(facts).containsEntry("kernel", "5.14.0-427.el9").containsEntry("base", "5.14")
                .containsEntry("updates", "5.14.0-503.el9,5.14.0-570.el9").containsEntry("family", "RHEL9");
        assertThat(new FactExtractor(reader).read("Kernel: 6.1.0-18-amd64\n")).containsEntry("family",
                "6.1.0-18-amd64").containsEntry("updates", "");
    }

    @Test
    void judge_exitCodesStatesRulesAndFlow() {
        WorkflowDefinition definition = WorkflowParser.parse("""
                name: judge
                steps:
                  - id: a
                    exitCodes: [0, 3]
                    scripts: {linux: {language: shell, body: x}}
                    rules:
                      - {warn: "slow: {ms} ms", when: {fact: ms, above: 100}}
                      - {fail: "exit three", when: {fact: $exitCode, is: "3"}}
                    next:
                      - {to: c, when: {fact: route, is: c}}
                      - {to: b}
                  - id: b
                    scripts: {linux: {language: shell, body: x}}
                  - id: c
                    scripts: {linux: {language: shell, body: x}}
                """);
        VerdictJudge judge = new VerdictJudge(definition, 0);

        Judgement slow = judge.judge(new Subject(Map.of("ms", "150"), 0, InvocationState.SUCCESS), null);
        assertThat(slow).isEqualTo(new Judgement(Verdict.WARN, List.of("slow: 150 ms"), "b"));
        Judgement routed = judge.judge(new Subject(Map.of("route", "c"), 0, InvocationState.SUCCESS), null);
        assertThat(routed.next()).isEqualTo("c");
        Judgement three = judge.judge(new Subject(Map.of(), 3, InvocationState.FAILED), null);
        assertThat(three).isEqualTo(new Judgement(Verdict.FAIL, List.of("exit three"), null));
        Judgement two = judge.judge(new Subject(Map.of("ms", "500"), 2, InvocationState.FAILED), null);
        assertThat(two.reasons()).containsExactly("exit code 2", "slow: 500 ms");
        Judgement lost = judge.judge(new Subject(Map.of(), null, InvocationState.UNDELIVERABLE), "agent offline");
        assertThat(lost.reasons()).containsExactly("did not run: UNDELIVERABLE (agent offline)");
    }

    @Test
    void versionOrder_sortsKernelsNaturally() {
        List<String> kernels = new java.util.ArrayList<>(List.of("4.18.0-553.5.1.el8_10", "4.18.0-553.45.1.el8_10",
                "4.18.0-513.24.1.el8_9", "4.18.0-553.40.1.el8_10"));
        kernels.sort(VersionOrder.ASCENDING);

        assertThat(kernels).containsExactly("4.18.0-513.24.1.el8_9", "4.18.0-553.5.1.el8_10",
                "4.18.0-553.40.1.el8_10", "4.18.0-553.45.1.el8_10");
    }

    @Test
    void comparison_addedRemovedChangedUnchanged() {
        Map<String, TargetFacts> before = new java.util.LinkedHashMap<>();
        before.put("i-1", new TargetFacts("web-1", Map.of("kernel", "4.18.0-1", "sshd", "active")));
        before.put("i-2", new TargetFacts("web-2", Map.of("kernel", "4.18.0-1")));
        before.put("i-3", new TargetFacts("web-3", Map.of("kernel", "4.18.0-1")));
        Map<String, TargetFacts> after = new java.util.LinkedHashMap<>();
        after.put("i-1", new TargetFacts("web-1", Map.of("kernel", "4.18.0-2", "uptime", "30")));
        after.put("i-2", new TargetFacts("web-2", Map.of("kernel", "4.18.0-1")));
        after.put("i-4", new TargetFacts("web-4", Map.of("kernel", "4.18.0-2")));

        List<TargetComparison> targets = FactComparer.compare(before, after);

        assertThat(targets).extracting(TargetComparison::targetId, TargetComparison::difference).containsExactly(
                org.assertj.core.groups.Tuple.tuple("i-1", Difference.CHANGED),
                org.assertj.core.groups.Tuple.tuple("i-2", Difference.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple("i-3", Difference.REMOVED),
                org.assertj.core.groups.Tuple.tuple("i-4", Difference.ADDED));
        assertThat(targets.get(0).changes()).extracting(c -> c.fact() + ":" + c.difference())
                .containsExactly("kernel:CHANGED", "sshd:REMOVED", "uptime:ADDED");
        assertThat(FactComparer.counts(targets)).containsEntry(Difference.CHANGED, 1)
                .containsEntry(Difference.UNCHANGED, 1).containsEntry(Difference.ADDED, 1)
                .containsEntry(Difference.REMOVED, 1);
    }
}
