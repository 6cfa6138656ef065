package io.pcmops.http.view;

import io.pcmops.http.web.Paths;
import io.pcmops.model.InvocationState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Formatting helpers the templates call. */
public final class Fmt {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    /** Returns a time in UTC, or a dash. */
    public static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    /** Returns a value or a dash when it is null or empty. */
    /** Returns "1 target" or "N targets". */
    public static String targets(long count) {
        return count + (count == 1 ? " target" : " targets");
    }

    public static String or(Object value) {
        return value == null || value.toString().isEmpty() ? "—" : value.toString();
    }

    /** Returns a size in bytes, KiB or MiB. */
    public static String bytes(long count) {
        if (count < 1024) {
            return count + " B";
        }
        return count < 1024 * 1024 ? String.format("%.1f KiB", count / 1024.0)
                : String.format("%.1f MiB", count / (1024.0 * 1024));
    }

    /** Returns a path segment encoded for a link. */
    public static String seg(String value) {
        return Paths.segment(value);
    }

    /** Returns a state's count, zero when absent. */
    public static int count(Map<InvocationState, Integer> counts, InvocationState state) {
        return counts.getOrDefault(state, 0);
    }

    /** Returns the Bootstrap colour of a run status or invocation state name. */
    public static String tone(Object status) {
        return switch (String.valueOf(status)) {
            case "SUCCEEDED", "SUCCESS", "ONLINE", "VALID", "COMPLETED" -> "success";
            case "APPROVED" -> "primary";
            case "COMPLETED_WITH_FAILURES", "FAILED", "TIMED_OUT_EXECUTION", "INVALID", "EXPIRED" -> "danger";
            case "CANCELLED", "CANCELLING", "NOT_EXECUTED", "UNDELIVERABLE", "TIMED_OUT_DELIVERY", "OFFLINE",
                 "EXPIRING_SOON", "NOT_MANAGED" -> "warning";
            case "RUNNING", "IN_PROGRESS", "DISPATCHED" -> "info";
            default -> "secondary";
        };
    }
}
