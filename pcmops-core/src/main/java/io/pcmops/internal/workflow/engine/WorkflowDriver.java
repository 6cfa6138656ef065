package io.pcmops.internal.workflow.engine;

import io.pcmops.internal.workflow.store.LaunchRow;
import io.pcmops.internal.workflow.store.ResultRow;
import io.pcmops.internal.workflow.store.WorkflowRunRow;
import io.pcmops.model.Gate;
import io.pcmops.model.Target;
import io.pcmops.model.Verdict;
import io.pcmops.model.WorkflowDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one workflow run from its stored state, in this process, while this engine owns it. Each {@link #poke()}
 * runs {@link #advance()} once more (pokes coalesce; never two at a time): settle the current step's finished
 * launches, wait (without a thread) for running ones, then move to the next step with targets, stop at a gate that
 * waits for a person, or finish. Every decision is stored before it is acted on, so a successor engine repeats none.
 */
final class WorkflowDriver {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowDriver.class);
    private static final int MAX_FAILURES = 5;

    private final String id;
    private final WorkflowContext context;
    private final Runnable onRelease;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final java.util.concurrent.locks.ReentrantLock passing = new java.util.concurrent.locks.ReentrantLock();
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private volatile boolean again;
    private volatile boolean stopped;
    private List<Target> targets;
    private String requestedBy = "pcmops";
    private int failures;

    WorkflowDriver(String id, WorkflowContext context, Runnable onRelease) {
        this.id = id;
        this.context = context;
        this.onRelease = onRelease;
    }

    String id() {
        return id;
    }

    /** Asks for one more pass; returns at once. */
    void poke() {
        again = true;
        if (!stopped && busy.compareAndSet(false, true)) {
            context.executor().execute(this::drain);
        }
    }

    /** Stops driving (the run stays as stored). */
    void stop() {
        stopped = true;
    }

    /** Stops driving and waits (a few seconds at most) for a pass in progress to end; false if it did not. */
    boolean stopAndWait() {
        stopped = true;
        try {
            if (passing.tryLock(5, java.util.concurrent.TimeUnit.SECONDS)) {
                passing.unlock();
                return true;
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void drain() {
        try {
            while (again && !stopped) {
                again = false;
                advanceSafely();
            }
        } finally {
            busy.set(false);
        }
        if (again && !stopped) {
            poke();
        }
    }

    private void advanceSafely() {
        passing.lock();
        try {
            advance();
            failures = 0;
        } catch (RuntimeException e) {
            failures++;
            LOG.warn("workflow run {} could not advance ({} of {}): {}", id, failures, MAX_FAILURES, e.toString());
            if (failures >= MAX_FAILURES) {
                end(io.pcmops.model.WorkflowRunStatus.FAILED, "stopped after repeated errors: " + e.getMessage());
            } else {
                context.scheduler().schedule(this::poke, 1, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            passing.unlock();
        }
    }

    private void advance() {
        WorkflowRunRow run = context.runs().find(id).orElse(null);
        if (run == null || run.status().terminal() || !context.engineId().equals(run.owner())) {
            release();
            return;
        }
        requestedBy = run.requestedBy();
        WorkflowDefinition definition = Definitions.of(run.source());
        if (run.cancelRequested()) {
            cancel(run, definition);
            return;
        }
        while (true) {
            if (!settleOrWatch(run, definition)) {
                return;
            }
            List<Integer> pending = context.results().pending(id, run.currentStep(), run.targetCount());
            if (pending.isEmpty()) {
                if (run.currentStep() + 1 >= definition.steps().size()) {
                    finish();
                    return;
                }
                context.runs().moveTo(id, run.currentStep() + 1);
                run = context.runs().find(id).orElseThrow();
                continue;
            }
            Map<Integer, String> answers = context.gates().answers(id, definition, run.currentStep(), pending,
                    targets(run));
            if (answers == null) {
                if (park(run, definition, pending)) {
                    return;
                }
                run = context.runs().find(id).orElseThrow();
                continue;
            }
            launch(run, definition, answers);
        }
    }

    private void launch(WorkflowRunRow run, WorkflowDefinition definition, Map<Integer, String> answers) {
        int step = run.currentStep();
        List<ResultRow> skipped = new ArrayList<>();
        Map<Integer, String> running = new LinkedHashMap<>();
        answers.forEach((seq, answer) -> {
            if (Gate.SKIP.equals(answer)) {
                skipped.add(ResultRow.decided(step, seq, targets(run).get(seq).targetId(), Verdict.SKIPPED,
                        "skipped at the gate", answer));
            } else {
                running.put(seq, answer);
            }
        });
        if (!skipped.isEmpty()) {
            context.results().insertDecided(id, skipped);
        }
        context.launcher().prepare(run, definition, step, running, targets(run));
        context.runs().touch(id);
        context.events().nudge(id);
    }

    /** Starts stored launches of the current step, settles finished ones; true when none is left running. */
    private boolean settleOrWatch(WorkflowRunRow run, WorkflowDefinition definition) {
        boolean settled = true;
        for (LaunchRow launch : context.results().launches(id)) {
            if (launch.step() != run.currentStep() || launch.state().equals(LaunchRow.SETTLED)) {
                continue;
            }
            LaunchRow started = launch.runId() != null ? launch : start(run, definition, launch);
            if (started == null) {
                return false;
            }
            if (context.finished(started.runId())) {
                context.settler().settle(id, definition, started);
                context.runs().touch(id);
                context.events().nudge(id);
            } else {
                watch(run, started.runId());
                settled = false;
            }
        }
        return settled;
    }

    private LaunchRow start(WorkflowRunRow run, WorkflowDefinition definition, LaunchRow launch) {
        try {
            String runId = context.launcher().start(run, definition, launch);
            return new LaunchRow(launch.seq(), launch.step(), launch.platform(), launch.answer(), launch.planId(),
                    runId, LaunchRow.RUNNING);
        } catch (io.pcmops.InvalidRequestException | io.pcmops.NotFoundException
                 | java.util.concurrent.CompletionException e) {
            String message = io.pcmops.internal.util.Futures.asPcmops(e).getMessage();
            end(io.pcmops.model.WorkflowRunStatus.FAILED, "step " + definition.steps().get(launch.step()).id()
                    + " could not start: " + message);
            return null;
        }
    }

    private void watch(WorkflowRunRow run, String runId) {
        if (watched.add(runId)) {
            context.library().runs(run.requestedBy()).completion(runId).whenComplete((done, error) -> poke());
        }
    }

    private void cancel(WorkflowRunRow run, WorkflowDefinition definition) {
        boolean running = false;
        for (LaunchRow launch : context.results().launches(id)) {
            if (launch.state().equals(LaunchRow.SETTLED)) {
                continue;
            }
            String runId = launch.runId() != null ? launch.runId()
                    : context.results().runOfPlan(launch.planId()).orElse(null);
            if (runId == null) {
                context.results().settleUnstarted(id, launch.seq(), "cancelled before it started");
            } else if (context.finished(runId)) {
                context.results().setRun(id, launch.seq(), runId);
                context.settler().settle(id, definition, new LaunchRow(launch.seq(), launch.step(),
                        launch.platform(), launch.answer(), launch.planId(), runId, LaunchRow.RUNNING));
            } else {
                if (cancelled.add(runId)) {
                    context.library().runs(run.requestedBy()).cancel(runId);
                }
                watch(run, runId);
                running = true;
            }
        }
        if (!running) {
            end(io.pcmops.model.WorkflowRunStatus.CANCELLED, null);
        }
    }

    /** Parks the run at its gate; false when the answers arrived meanwhile and it goes on. */
    private boolean park(WorkflowRunRow run, WorkflowDefinition definition, List<Integer> pending) {
        int step = run.currentStep();
        String message = "waiting at the gate of step " + definition.steps().get(step).id();
        context.runs().waitAtGate(id, message);
        if (context.gates().answers(id, definition, step, pending, targets(run)) != null
                && context.runs().reopen(id, step, context.engineId(), context.leaseUntil())) {
            return false;
        }
        context.audit(requestedBy, "workflow.gate", id, message);
        context.events().nudge(id);
        release();
        return true;
    }

    private void finish() {
        Map<Verdict, Integer> verdicts = context.results().finalVerdicts(id);
        boolean failed = verdicts.getOrDefault(Verdict.FAIL, 0) + verdicts.getOrDefault(Verdict.SKIPPED, 0) > 0;
        end(failed ? io.pcmops.model.WorkflowRunStatus.COMPLETED_WITH_FAILURES
                : io.pcmops.model.WorkflowRunStatus.SUCCEEDED, null);
    }

    private void end(io.pcmops.model.WorkflowRunStatus status, String message) {
        if (context.runs().finish(id, status, message, context.clock().instant())) {
            context.audit(requestedBy, "workflow.finish", id, status.name() + (message == null ? "" : ": " + message));
        }
        context.events().nudge(id);
        release();
    }

    private void release() {
        stopped = true;
        onRelease.run();
    }

    private List<Target> targets(WorkflowRunRow run) {
        if (targets == null) {
            targets = context.plans().find(run.planId()).orElseThrow().targets();
        }
        return targets;
    }
}
