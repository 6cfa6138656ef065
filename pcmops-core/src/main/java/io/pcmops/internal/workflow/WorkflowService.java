package io.pcmops.internal.workflow;

import io.pcmops.InvalidRequestException;
import io.pcmops.NotFoundException;
import io.pcmops.Workflows;
import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.workflow.report.WorkflowReportWriter;
import io.pcmops.internal.store.PlanStore;
import io.pcmops.internal.store.RunReader;
import io.pcmops.internal.util.Futures;
import io.pcmops.internal.workflow.engine.Definitions;
import io.pcmops.internal.workflow.engine.LibraryAccess;
import io.pcmops.internal.workflow.engine.WorkflowEngine;
import io.pcmops.internal.workflow.store.ResultStore;
import io.pcmops.internal.workflow.store.WorkflowRunRow;
import io.pcmops.internal.workflow.store.WorkflowRunStore;
import io.pcmops.internal.workflow.store.WorkflowStore;
import io.pcmops.model.ExportFormat;
import io.pcmops.model.FactComparison;
import io.pcmops.model.FactSource;
import io.pcmops.model.GateAnswer;
import io.pcmops.model.GateView;
import io.pcmops.model.Page;
import io.pcmops.model.PageRequest;
import io.pcmops.model.Target;
import io.pcmops.model.TargetStepResult;
import io.pcmops.model.Workflow;
import io.pcmops.model.WorkflowDefinition;
import io.pcmops.model.WorkflowReport;
import io.pcmops.model.WorkflowRun;
import io.pcmops.model.WorkflowRunEvent;
import io.pcmops.model.WorkflowRunRequest;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** {@link Workflows}: definitions through {@link WorkflowCatalog}, runs through the {@link WorkflowEngine}. */
public final class WorkflowService implements Workflows {

    /**
     * What the service is built from.
     *
     * @param definitions stored versions
     * @param shipped     shipped workflows
     * @param runs        workflow runs
     * @param results     their results
     * @param plans       plans
     * @param runReader   normal runs
     * @param engine      the workflow engine
     * @param library     the public sub-APIs
     * @param audit       audit log
     * @param clock       clock
     */
    public record Parts(WorkflowStore definitions, ShippedWorkflows shipped, WorkflowRunStore runs,
                        ResultStore results, PlanStore plans, RunReader runReader, WorkflowEngine engine,
                        LibraryAccess library, AuditLog audit, Clock clock) {
    }

    private final Parts parts;
    private final String actor;
    private final WorkflowCatalog catalog;
    private final WorkflowViews views;

    public WorkflowService(Parts parts, String actor) {
        this.parts = parts;
        this.actor = actor;
        this.catalog = new WorkflowCatalog(parts.definitions(), parts.shipped(), parts.audit(), parts.clock(), actor);
        this.views = new WorkflowViews(parts.results());
    }

    @Override
    public WorkflowDefinition validate(String yaml) {
        return io.pcmops.internal.workflow.definition.WorkflowParser.parse(yaml);
    }

    @Override
    public Workflow save(String yaml) {
        return catalog.save(yaml);
    }

    @Override
    public Workflow get(String name) {
        return catalog.get(name);
    }

    @Override
    public Workflow get(String name, int version) {
        return catalog.get(name, version);
    }

    @Override
    public List<Workflow> list() {
        return catalog.list();
    }

    @Override
    public List<Workflow> versions(String name) {
        return catalog.versions(name);
    }

    @Override
    public void delete(String name) {
        catalog.delete(name);
    }

    @Override
    public CompletableFuture<WorkflowRun> start(WorkflowRunRequest request) {
        WorkflowRunRequest owned = request.requestedBy() == null ? request.withRequestedBy(actor) : request;
        return Futures.call(() -> {
            Workflow workflow = owned.version() == null ? catalog.get(owned.workflow())
                    : catalog.get(owned.workflow(), owned.version());
            return new WorkflowStarter(parts.library(), parts.runs(), parts.engine(), parts.audit(), parts.clock())
                    .start(workflow, owned).thenApply(id -> run(id));
        });
    }

    @Override
    public WorkflowRun run(String workflowRunId) {
        return views.run(row(workflowRunId), true);
    }

    @Override
    public Page<WorkflowRun> runs(PageRequest page) {
        List<WorkflowRun> items = parts.runs().list(page.offset(), page.limit()).stream()
                .map(r -> views.run(r, false)).toList();
        return new Page<>(items, parts.runs().count(), page.offset(), page.limit());
    }

    @Override
    public Page<TargetStepResult> results(String workflowRunId, String stepId, PageRequest page) {
        WorkflowRunRow row = row(workflowRunId);
        WorkflowDefinition definition = Definitions.of(row.source());
        int step = stepId == null ? -1 : definition.indexOf(stepId);
        if (stepId != null && step < 0) {
            throw new NotFoundException("workflow " + row.workflow() + " has no step '" + stepId + "'");
        }
        List<Target> targets = parts.plans().find(row.planId()).orElseThrow().targets();
        List<TargetStepResult> items = parts.results().current(row.id(), step, page.offset(), page.limit()).stream()
                .map(r -> WorkflowViews.result(definition, r, targets.get(r.targetSeq()).ref())).toList();
        return new Page<>(items, parts.results().countCurrent(row.id(), step), page.offset(), page.limit());
    }

    @Override
    public Optional<GateView> gate(String workflowRunId) {
        return gates().view(row(workflowRunId));
    }

    @Override
    public WorkflowRun answer(String workflowRunId, GateAnswer answer) {
        if (answer == null) {
            throw new InvalidRequestException("an answer is needed");
        }
        gates().answer(row(workflowRunId), answer, actor);
        return run(workflowRunId);
    }

    @Override
    public WorkflowRun retry(String workflowRunId, String stepId) {
        controls().retry(row(workflowRunId), stepId, actor);
        return run(workflowRunId);
    }

    @Override
    public WorkflowRun cancel(String workflowRunId) {
        controls().cancel(row(workflowRunId), actor);
        return run(workflowRunId);
    }

    @Override
    public AutoCloseable watch(String workflowRunId, Consumer<WorkflowRunEvent> listener) {
        row(workflowRunId);
        return parts.engine().events().watch(workflowRunId, r -> views.run(r, true), listener);
    }

    @Override
    public CompletableFuture<WorkflowRun> settled(String workflowRunId) {
        CompletableFuture<WorkflowRun> done = new CompletableFuture<>();
        AutoCloseable watch = watch(workflowRunId, event -> {
            if (event.settled()) {
                done.complete(event.workflowRun());
            }
        });
        return done.whenComplete((run, error) -> {
            try {
                watch.close();
            } catch (Exception ignored) {
                // nothing to release
            }
        });
    }

    @Override
    public FactComparison compare(FactSource before, FactSource after) {
        if (before == null || after == null) {
            throw new InvalidRequestException("two fact sources are needed");
        }
        return new FactSources(parts.runs(), parts.results(), parts.plans(), parts.runReader()).compare(before, after);
    }

    @Override
    public void report(String workflowRunId, WorkflowReport kind, ExportFormat format, OutputStream out) {
        WorkflowReportWriter.write(new StoredReportSource(row(workflowRunId), views, parts.results(), parts.plans(),
                parts.runReader()), kind, format, out);
    }

    private GateAnswers gates() {
        return new GateAnswers(parts.runs(), parts.results(), parts.plans(), parts.engine(), parts.audit(),
                parts.clock());
    }

    private WorkflowControls controls() {
        return new WorkflowControls(parts.runs(), parts.results(), parts.engine(), parts.audit(), parts.clock());
    }

    private WorkflowRunRow row(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidRequestException("a workflow run id is needed");
        }
        return parts.runs().find(id).orElseThrow(() -> new NotFoundException("no workflow run with id '" + id + "'"));
    }
}
