package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A request to run one script on one frozen set of targets.
 *
 * <p>Exactly one of {@code planId} (run on a previewed plan) and {@code selector} (resolve now, then run)
 * is given.
 *
 * @param planId       plan to run on
 * @param selector     selector to resolve into a plan first
 * @param script       inline or saved script
 * @param parameters   parameter values, validated against the script's parameters
 * @param options      limits and timeouts
 * @param changeTicket change ticket the run belongs to, or {@code null}
 * @param requestedBy  who asked; filled in by the adapters from the authenticated user
 */
public record RunRequest(
        String planId, Selector selector, ScriptChoice script, Map<String, String> parameters, RunOptions options,
        String changeTicket, String requestedBy) {

    public RunRequest {
        boolean hasPlan = planId != null && !planId.isBlank();
        if (hasPlan == (selector != null)) {
            throw new InvalidRequestException("a run request names either a planId or a selector, not "
                    + (hasPlan ? "both" : "neither"));
        }
        if (script == null) {
            throw new InvalidRequestException("a run request needs a script");
        }
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
        options = options == null ? RunOptions.defaults() : options;
        changeTicket = changeTicket == null || changeTicket.isBlank() ? null : changeTicket.trim();
        if (changeTicket != null && !changeTicket.matches("[A-Za-z0-9_-]{1,50}")) {
            throw new InvalidRequestException("change ticket '" + changeTicket
                    + "' must be 1-50 letters, digits, '_' or '-'");
        }
    }

    /** Returns a request on a plan with default options. */
    public static RunRequest onPlan(String planId, ScriptChoice script) {
        return new RunRequest(planId, null, script, Map.of(), null, null, null);
    }

    /** Returns a request on a selector with default options. */
    public static RunRequest onSelector(Selector selector, ScriptChoice script) {
        return new RunRequest(null, selector, script, Map.of(), null, null, null);
    }

    public RunRequest withParameters(Map<String, String> values) {
        return new RunRequest(planId, selector, script, values, options, changeTicket, requestedBy);
    }

    public RunRequest withOptions(RunOptions value) {
        return new RunRequest(planId, selector, script, parameters, value, changeTicket, requestedBy);
    }

    public RunRequest withChangeTicket(String value) {
        return new RunRequest(planId, selector, script, parameters, options, value, requestedBy);
    }

    public RunRequest withRequestedBy(String value) {
        Objects.requireNonNull(value, "requestedBy");
        return new RunRequest(planId, selector, script, parameters, options, changeTicket, value);
    }
}
