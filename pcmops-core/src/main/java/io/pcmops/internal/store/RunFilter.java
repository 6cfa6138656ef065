package io.pcmops.internal.store;

import io.pcmops.model.RunQuery;
import io.pcmops.model.RunStatus;
import java.util.ArrayList;
import java.util.List;

/** The WHERE clause of a run listing. */
record RunFilter(String where, Object[] args) {

    static RunFilter of(RunQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            where.append(" AND status IN (").append(Sql.placeholders(query.statuses().size())).append(')');
            query.statuses().stream().map(RunStatus::name).sorted().forEach(args::add);
        }
        if (query.since() != null) {
            where.append(" AND created_at >= ?");
            args.add(query.since());
        }
        if (query.requestedBy() != null) {
            where.append(" AND requested_by = ?");
            args.add(query.requestedBy());
        }
        if (query.changeTicket() != null) {
            where.append(" AND change_ticket = ?");
            args.add(query.changeTicket());
        }
        return new RunFilter(where.toString(), args.toArray());
    }
}
