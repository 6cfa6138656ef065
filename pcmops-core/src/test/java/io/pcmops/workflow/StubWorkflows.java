package io.pcmops.workflow;

import io.pcmops.model.InvocationState;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.PreparedScript;
import io.pcmops.stub.StubOutcome;
import io.pcmops.stub.StubProvider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A three-step workflow over the stub fleet: {@code check} (facts per target; target 3 fails while it is "broken"),
 * {@code apply} behind a gate grouping targets by {@code group} and offering {@code choices}, and {@code verify}.
 */
final class StubWorkflows {

    static final String YAML = """
            name: stub-three
            description: three steps on the stub fleet
            parameters:
              - {name: MODE, type: enum, allowedValues: [fast, slow], defaultValue: fast}
            steps:
              - id: check
                title: Check
                scripts:
                  linux: {language: shell, body: "echo check"}
                  windows: {language: powershell, body: "Write-Output check"}
                rules:
                  - fail: "not ok on {name}"
                    when: {fact: ok, not: "yes"}
                  - warn: "slow disk"
                    when: {fact: disk_ms, above: 100}
              - id: apply
                gate:
                  prompt: choose a version per group
                  groupBy: "group {group}"
                  choices: choices
                  parameter: CHOICE
                scripts:
                  linux: {language: shell, body: "echo apply"}
                  windows: {language: powershell, body: "Write-Output apply"}
                rules:
                  - fail: "applied {applied}, wanted {wanted}"
                    when: {fact: applied, is: "none"}
              - id: verify
                scripts:
                  linux: {language: shell, body: "echo verify"}
                  windows: {language: powershell, body: "Write-Output verify"}
            finalReport: {step: verify, title: Evidence}
            """;

    /** Targets whose check fails while listed. */
    final Set<Integer> broken = ConcurrentHashMap.newKeySet();

    StubProvider provider(int targets, Duration latency, Path journal) {
        var builder = StubProvider.builder().targets(targets).accounts(2).maxUnitSize(5).latency(latency)
                .scenario(this::outcome);
        if (journal != null) {
            builder.journal(journal);
        }
        return builder.build();
    }

    private StubOutcome outcome(TargetRef target, int index, PreparedScript script) {
        String body = script.body();
        String out;
        if (body.contains("check")) {
            out = "ok=" + (broken.contains(index) ? "no" : "yes") + "\ngroup=g" + (index % 2) + "\nchoices=1.2,1.10\n"
                    + "disk_ms=" + (index == 1 ? 150 : 5) + "\nname=" + target.name() + "\n";
        } else if (body.contains("apply")) {
            out = "\u001B[32mapplied=" + script.parameters().getOrDefault("CHOICE", "none") + "\u001B[0m\nwanted=x\n";
        } else {
            out = "=== Summary ===\nall good on " + target.targetId() + "\n=== Patch Script ===\nyum -y update\n"
                    + "kernel=" + script.parameters().get("PCMOPS_WORKFLOW_RUN") + "\n";
        }
        return new StubOutcome(InvocationState.SUCCESS, 0, out, "", Duration.ZERO);
    }
}
