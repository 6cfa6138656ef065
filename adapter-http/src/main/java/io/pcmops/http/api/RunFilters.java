package io.pcmops.http.api;

import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.QueryParams;
import io.pcmops.model.InvocationState;
import io.pcmops.model.RunQuery;
import io.pcmops.model.RunStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the run and invocation filters shared by the API and the pages. */
public final class RunFilters {

    private RunFilters() {
    }

    /** Reads {@code status}, {@code since}, {@code requestedBy}, {@code changeTicket}, {@code offset}, {@code limit}. */
    public static RunQuery query(QueryParams query) {
        Set<RunStatus> statuses = EnumSet.noneOf(RunStatus.class);
        for (String status : query.list("status")) {
            statuses.add(parse(RunStatus.class, status, "status"));
        }
        return new RunQuery(statuses, query.instant("since").orElse(null), query.get("requestedBy").orElse(null),
                query.get("changeTicket").orElse(null), query.page());
    }

    /** Parses invocation states such as {@code failed} or {@code TIMED_OUT_DELIVERY}. */
    public static Set<InvocationState> states(List<String> names) {
        Set<InvocationState> states = EnumSet.noneOf(InvocationState.class);
        names.forEach(name -> states.add(parse(InvocationState.class, name, "state")));
        return states;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String parameter) {
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return Enum.valueOf(type, normalized);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("query parameter '" + parameter + "' has an unknown value '" + text
                    + "'; use one of " + Arrays.toString(type.getEnumConstants()), Map.of("parameter", parameter));
        }
    }
}
