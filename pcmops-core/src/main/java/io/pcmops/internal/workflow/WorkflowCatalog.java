package io.pcmops.internal.workflow;

import io.pcmops.NotFoundException;
import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.util.Hashing;
import io.pcmops.internal.workflow.engine.Definitions;
import io.pcmops.internal.workflow.definition.WorkflowParser;
import io.pcmops.internal.workflow.store.WorkflowStore;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.Workflow;
import io.pcmops.model.WorkflowDefinition;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Saved workflow versions: parse, save by content, look up, delete. */
final class WorkflowCatalog {

    private final WorkflowStore store;
    private final ShippedWorkflows shipped;
    private final AuditLog audit;
    private final Clock clock;
    private final String actor;

    WorkflowCatalog(WorkflowStore store, ShippedWorkflows shipped, AuditLog audit, Clock clock, String actor) {
        this.store = store;
        this.shipped = shipped;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    Workflow save(String yaml) {
        String source = yaml == null ? null : yaml.replace("\r\n", "\n");
        WorkflowDefinition definition = WorkflowParser.parse(source);
        shipped.ensureInstalled();
        String hash = Hashing.sha256(source);
        WorkflowStore.Saved saved = store.saveIfChanged(definition.name(), hash, source, false, clock.instant(), actor);
        WorkflowStore.Row row = saved.row();
        if (saved.created()) {
            audit.append(new AuditEntry(actor, "workflow.save", row.name() + "@" + row.version(), "", hash, "ok",
                    Map.of()));
        }
        return view(row);
    }

    Workflow get(String name) {
        shipped.ensureInstalled();
        return view(store.latest(name).orElseThrow(() -> notFound(name)));
    }

    Workflow get(String name, int version) {
        shipped.ensureInstalled();
        return view(store.version(name, version).orElseThrow(() -> new NotFoundException("workflow '" + name
                + "' has no version " + version)));
    }

    List<Workflow> list() {
        shipped.ensureInstalled();
        return store.latestOfEach().stream().map(WorkflowCatalog::view).toList();
    }

    List<Workflow> versions(String name) {
        shipped.ensureInstalled();
        List<WorkflowStore.Row> rows = store.versions(name);
        if (rows.isEmpty()) {
            throw notFound(name);
        }
        return rows.stream().map(WorkflowCatalog::view).toList();
    }

    void delete(String name) {
        if (!store.delete(name)) {
            throw notFound(name);
        }
        audit.append(AuditEntry.of(actor, "workflow.delete", name, "ok"));
    }

    private static NotFoundException notFound(String name) {
        return new NotFoundException("no workflow named '" + name + "'");
    }

    private static Workflow view(WorkflowStore.Row row) {
        return new Workflow(row.name(), row.version(), row.hash(), row.source(), Definitions.of(row.source()),
                row.shipped(), row.createdAt(), row.createdBy());
    }
}
