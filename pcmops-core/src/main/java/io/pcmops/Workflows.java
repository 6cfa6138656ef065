package io.pcmops;

import io.pcmops.model.ExportFormat;
import io.pcmops.model.FactComparison;
import io.pcmops.model.FactSource;
import io.pcmops.model.GateAnswer;
import io.pcmops.model.GateView;
import io.pcmops.model.Page;
import io.pcmops.model.PageRequest;
import io.pcmops.model.TargetStepResult;
import io.pcmops.model.Workflow;
import io.pcmops.model.WorkflowDefinition;
import io.pcmops.model.WorkflowReport;
import io.pcmops.model.WorkflowRun;
import io.pcmops.model.WorkflowRunEvent;
import io.pcmops.model.WorkflowRunRequest;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Workflows: multi-step procedures over runs. A workflow is a versioned YAML definition (see
 * {@link WorkflowDefinition}); the ones shipped with PCM-Ops ({@code linux-patch-prep}, {@code linux-patch-post},
 * {@code sft-agent-fix}, {@code disk-report}) are listed with the users' own.
 *
 * <p>A workflow run drives one normal run per step (per platform and gate answer) on the targets that reached the
 * step, so every engine guarantee holds for each step. Its state is stored: a process that stops is replaced by
 * another on the same data directory, which resumes it without sending a step twice. A run waiting at a gate is a
 * stored state, not a waiting thread: {@link #answer} moves it on.
 *
 * {@snippet :
 * WorkflowRun run = pcm.workflows().start(WorkflowRunRequest.onChange("linux-patch-prep", "CHG0518313")).join();
 * WorkflowRun waiting = pcm.workflows().settled(run.id()).join();          // at the kernel gate
 * GateView gate = pcm.workflows().gate(run.id()).orElseThrow();
 * pcm.workflows().answer(run.id(), GateAnswer.choose(Map.of(gate.groups().get(0).key(),
 *         gate.groups().get(0).choices().get(0))));
 * }
 */
public interface Workflows {

    /**
     * Parses and checks a definition without saving it.
     *
     * @throws InvalidRequestException naming the line and field at fault
     */
    WorkflowDefinition validate(String yaml);

    /**
     * Saves a definition, creating version 1 or the next version when the source changed.
     *
     * @return the latest version after saving
     * @throws InvalidRequestException naming the line and field at fault
     */
    Workflow save(String yaml);

    /**
     * Returns the latest version of a workflow.
     *
     * @throws NotFoundException when there is no workflow of that name
     */
    Workflow get(String name);

    /**
     * Returns one version of a workflow.
     *
     * @throws NotFoundException when there is no such workflow or version
     */
    Workflow get(String name, int version);

    /** Returns the latest version of every workflow, shipped ones included, by name. */
    List<Workflow> list();

    /**
     * Returns every version of a workflow, oldest first.
     *
     * @throws NotFoundException when there is no workflow of that name
     */
    List<Workflow> versions(String name);

    /**
     * Removes a workflow and its versions; its workflow runs keep the version they ran. A shipped workflow comes back
     * the next time the library opens.
     *
     * @throws NotFoundException when there is no workflow of that name
     */
    void delete(String name);

    /**
     * Starts a workflow run. Its targets are frozen (a plan), its parameters checked, and it is stored before its
     * first step starts.
     *
     * @return the stored workflow run; completes with {@link InvalidRequestException} for bad parameters or an empty
     *     target list, and {@link NotFoundException} for an unknown workflow, plan or change
     */
    CompletableFuture<WorkflowRun> start(WorkflowRunRequest request);

    /**
     * Returns a workflow run with the progress of each step.
     *
     * @throws NotFoundException when there is no such workflow run
     */
    WorkflowRun run(String workflowRunId);

    /** Lists workflow runs, newest first (without step progress). */
    Page<WorkflowRun> runs(PageRequest page);

    /**
     * Lists the current results of a workflow run per step and target, in step then plan order.
     *
     * @param stepId one step, or {@code null} for every step
     * @throws NotFoundException when there is no such workflow run or step
     */
    Page<TargetStepResult> results(String workflowRunId, String stepId, PageRequest page);

    /**
     * Returns the gate the workflow run waits at, with its groups, their choices and answers so far.
     *
     * @return empty when the workflow run is not waiting
     * @throws NotFoundException when there is no such workflow run
     */
    Optional<GateView> gate(String workflowRunId);

    /**
     * Answers the gate the workflow run waits at. When every group is answered (or the step approved) the step
     * starts, in this process or the one that owns the workflow run.
     *
     * @return the workflow run after the answer was stored
     * @throws InvalidRequestException when it is not waiting, a group is unknown or a value is not one of its
     *     choices
     */
    WorkflowRun answer(String workflowRunId, GateAnswer answer);

    /**
     * Runs a step again for its targets whose verdict is {@code FAIL} and that stopped there; those that now pass go
     * on through the rest of the workflow.
     *
     * @return the workflow run after the request was stored
     * @throws InvalidRequestException when a step is still running, the workflow run was cancelled, or the step has
     *     no such target
     */
    WorkflowRun retry(String workflowRunId, String stepId);

    /**
     * Cancels a workflow run: its running step's runs are cancelled and no further step starts.
     *
     * @return the workflow run after the request was stored
     */
    WorkflowRun cancel(String workflowRunId);

    /**
     * Follows a workflow run. The listener first receives its current state, then an event at each change, and a
     * last one once it has finished. Events arrive in order, on a library thread.
     *
     * @return a handle that stops the events when closed
     * @throws NotFoundException when there is no such workflow run
     */
    AutoCloseable watch(String workflowRunId, Consumer<WorkflowRunEvent> listener);

    /** Returns a future completed with the workflow run once it has finished or waits at a gate. */
    CompletableFuture<WorkflowRun> settled(String workflowRunId);

    /**
     * Compares the facts of two runs or workflow runs per target.
     *
     * @throws NotFoundException when a source does not exist
     */
    FactComparison compare(FactSource before, FactSource after);

    /**
     * Writes a report of a workflow run: {@link WorkflowReport#FULL} (every step, every target: verdict, reasons,
     * facts, output) or {@link WorkflowReport#FINAL} (the final-report step's output in its sections). CSV has one
     * row per step and target: {@code workflow_run_id, step, attempt, run_id, target_id, target_name, account,
     * region, platform, state, exit_code, verdict, reasons, answer, next, facts, stdout, stderr}.
     *
     * @throws InvalidRequestException for a final report of a workflow without one
     */
    void report(String workflowRunId, WorkflowReport kind, ExportFormat format, OutputStream out);
}
