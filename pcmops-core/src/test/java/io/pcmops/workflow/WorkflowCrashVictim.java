package io.pcmops.workflow;

import io.pcmops.Pcmops;
import io.pcmops.model.GateAnswer;
import io.pcmops.model.GateGroup;
import io.pcmops.model.Selector;
import io.pcmops.model.WorkflowRun;
import io.pcmops.model.WorkflowRunRequest;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process that starts the stub workflow and is killed by {@link WorkflowCrashTest}: {@code during} waits to be
 * killed while the first step runs; {@code answer} answers the gate and halts at once, while the next step starts.
 */
public final class WorkflowCrashVictim {

    private WorkflowCrashVictim() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Duration latency = Duration.ofMillis(Long.parseLong(args[3]));
        Pcmops pcm = TestLibraries.builder(data, new StubWorkflows().provider(WorkflowCrashTest.TARGETS, latency,
                Path.of(args[1]))).lease(WorkflowCrashTest.LEASE).build();
        pcm.workflows().save(StubWorkflows.YAML);
        WorkflowRun run = pcm.workflows().start(WorkflowRunRequest.onSelector("stub-three",
                Selector.builder().provider("stub").build())).join();
        System.out.println("WORKFLOW " + run.id());
        System.out.flush();
        if (args[2].equals("answer")) {
            pcm.workflows().settled(run.id()).get(60, TimeUnit.SECONDS);
            Map<String, String> answers = new LinkedHashMap<>();
            for (GateGroup group : pcm.workflows().gate(run.id()).orElseThrow().groups()) {
                answers.put(group.key(), group.choices().get(0));
            }
            pcm.workflows().answer(run.id(), GateAnswer.choose(answers));
            Runtime.getRuntime().halt(9);
        }
        Thread.sleep(Duration.ofMinutes(5));
    }
}
