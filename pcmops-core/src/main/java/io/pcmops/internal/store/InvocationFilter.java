package io.pcmops.internal.store;

import io.pcmops.model.InvocationQuery;
import io.pcmops.model.InvocationState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The WHERE clause of an invocation listing (table alias {@code i}). */
record InvocationFilter(String where, Object[] args) {

    static InvocationFilter of(String runId, InvocationQuery query) {
        StringBuilder where = new StringBuilder(" WHERE i.run_id = ?");
        List<Object> args = new ArrayList<>(List.of(runId));
        if (!query.states().isEmpty()) {
            where.append(" AND i.state IN (").append(Sql.placeholders(query.states().size())).append(')');
            query.states().stream().map(InvocationState::name).sorted().forEach(args::add);
        }
        if (query.search() != null) {
            String pattern = "%" + query.search().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            where.append(" AND (lower(i.target_id) LIKE ? ESCAPE '\\' OR lower(i.target_name) LIKE ? ESCAPE '\\')");
            args.add(pattern);
            args.add(pattern);
        }
        return new InvocationFilter(where.toString(), args.toArray());
    }
}
