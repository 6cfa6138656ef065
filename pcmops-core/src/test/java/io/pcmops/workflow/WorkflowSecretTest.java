package io.pcmops.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.ExportFormat;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Selector;
import io.pcmops.model.WorkflowReport;
import io.pcmops.model.WorkflowRun;
import io.pcmops.model.WorkflowRunRequest;
import io.pcmops.model.WorkflowRunStatus;
import io.pcmops.stub.StubOutcome;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.TestLibraries;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secret workflow parameter is sealed with the workflow run and reaches every step's run as a secret. */
class WorkflowSecretTest {

    private static final String TOKEN = "s3cr3t-enrollment-token-4711";
    private static final String YAML = """
            name: with-secret
            parameters:
              - {name: TOKEN, type: secret}
              - {name: LABEL, defaultValue: plain}
            steps:
              - id: one
                scripts: {linux: {language: shell, body: "echo one"}}
              - id: two
                scripts: {linux: {language: shell, body: "echo two"}}
            """;

    @TempDir
    Path dir;

    @Test
    void secretParameter_reachesEveryStepAndIsNeverStoredOrShown() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        StubProvider stub = StubProvider.builder().targets(3).scenario((target, index, script) -> {
            script.secrets().get("TOKEN").ifPresent(value -> seen.add(script.body() + ":" + value));
            return new StubOutcome(InvocationState.SUCCESS, 0, "ok=1\n", "", Duration.ZERO);
        }).build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            pcm.workflows().save(YAML);
            WorkflowRun run = pcm.workflows().start(WorkflowRunRequest.onSelector("with-secret",
                    Selector.builder().provider("stub").build()).withParameters(Map.of("TOKEN", TOKEN))).join();
            WorkflowRun done = pcm.workflows().settled(run.id()).get(30, TimeUnit.SECONDS);

            assertThat(done.status()).isEqualTo(WorkflowRunStatus.SUCCEEDED);
            assertThat(seen).containsExactlyInAnyOrder("echo one:" + TOKEN, "echo two:" + TOKEN);
            assertThat(done.parameters()).containsExactly(Map.entry("LABEL", "plain"));
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            pcm.workflows().report(run.id(), WorkflowReport.FULL, ExportFormat.JSON, report);
            assertThat(report.toString(StandardCharsets.UTF_8)).doesNotContain(TOKEN);
            assertThat(pcm.audit().list(AuditQuery.latest()).items().toString()).doesNotContain(TOKEN)
                    .contains("LABEL,TOKEN");
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(TOKEN);
            }
        }
    }
}
