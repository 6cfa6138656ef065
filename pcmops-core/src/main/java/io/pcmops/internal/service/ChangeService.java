package io.pcmops.internal.service;

import io.pcmops.Changes;
import io.pcmops.InvalidRequestException;
import io.pcmops.NotFoundException;
import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.store.ChangeStore;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.Change;
import io.pcmops.model.ChangeComparison;
import io.pcmops.model.ChangeStatus;
import io.pcmops.model.ChangeTarget;
import io.pcmops.model.CsvSelection;
import io.pcmops.model.Page;
import io.pcmops.model.PageRequest;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link Changes}: stores tickets, imports their CSVs, compares instance lists, audits every change. */
public final class ChangeService implements Changes {

    private final ChangeStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final String actor;

    public ChangeService(ChangeStore store, AuditLog audit, Clock clock, String actor) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    @Override
    public Change save(Change change) {
        Instant now = clock.instant();
        Optional<Change> previous = store.find(change.number());
        ChangeComparison diff = compare(change);
        Change stored = new Change(change.number(), change.description(), change.status(), change.provider(),
                change.targets(), previous.map(Change::createdAt).orElse(now), now, actor);
        store.upsert(stored);
        audit.append(new AuditEntry(actor, previous.isPresent() ? "change.update" : "change.create", stored.number(),
                stored.targets().size() + " targets", null, "ok", Map.of("added", count(diff.added()),
                "removed", count(diff.removed()), "changed", count(diff.changed()))));
        return stored;
    }

    @Override
    public Change importCsv(Reader csv, String description) {
        CsvSelection selection = CsvTargetReader.read(csv);
        if (selection.changeTicket() == null) {
            throw new InvalidRequestException("the CSV file names no change number; add a change_number column");
        }
        List<ChangeTarget> targets = selection.rows().stream().map(ChangeTarget::of).toList();
        String text = description == null || description.isBlank() ? "imported from CSV" : description;
        Optional<Change> stored = store.find(selection.changeTicket());
        ChangeStatus status = stored.map(Change::status).orElse(ChangeStatus.NEW);
        String provider = stored.map(Change::provider).orElse(null);
        return save(new Change(selection.changeTicket(), text, status, provider, targets, null, null, null));
    }

    @Override
    public Change get(String number) {
        return store.find(number).orElseThrow(() -> new NotFoundException("no change '" + number + "'"));
    }

    @Override
    public Page<Change> list(String search, PageRequest page) {
        return store.list(search == null || search.isBlank() ? null : search.trim(), page);
    }

    @Override
    public ChangeComparison compare(Change proposed) {
        Optional<Change> stored = store.find(proposed.number());
        Map<String, ChangeTarget> before = stored.map(Change::targets).orElse(List.of()).stream()
                .collect(Collectors.toMap(ChangeTarget::targetId, Function.identity()));
        Map<String, ChangeTarget> after = proposed.targets().stream()
                .collect(Collectors.toMap(ChangeTarget::targetId, Function.identity()));
        return new ChangeComparison(proposed.number(), stored.isPresent(),
                proposed.targets().stream().filter(t -> !before.containsKey(t.targetId())).toList(),
                before.values().stream().filter(t -> !after.containsKey(t.targetId())).toList(),
                proposed.targets().stream().filter(t -> before.containsKey(t.targetId())
                        && !before.get(t.targetId()).equals(t)).toList());
    }

    @Override
    public Change setStatus(String number, ChangeStatus status) {
        if (!store.setStatus(number, status, clock.instant(), actor)) {
            throw new NotFoundException("no change '" + number + "'");
        }
        audit.append(AuditEntry.of(actor, "change.status", number, status.id()));
        return get(number);
    }

    @Override
    public void delete(String number) {
        if (!store.delete(number)) {
            throw new NotFoundException("no change '" + number + "'");
        }
        audit.append(AuditEntry.of(actor, "change.delete", number, "ok"));
    }

    private static String count(List<ChangeTarget> targets) {
        return Integer.toString(targets.size());
    }
}
