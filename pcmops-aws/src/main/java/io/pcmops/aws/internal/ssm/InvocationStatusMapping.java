package io.pcmops.aws.internal.ssm;

import io.pcmops.model.InvocationState;

/**
 * Maps an SSM invocation's ({@code Status}, {@code StatusDetails}) to a PCM-Ops state and reason, by an explicit
 * table; anything unknown is {@code FAILED} with the raw status as its reason.
 */
public final class InvocationStatusMapping {

    private InvocationStatusMapping() {
    }

    /** A mapped state with its reason (or {@code null}). */
    public record Mapped(InvocationState state, String reason) {
    }

    public static Mapped map(String status, String details) {
        String detail = details == null ? "" : details;
        switch (detail) {
            case "Terminated":
                return new Mapped(InvocationState.NOT_EXECUTED, "error budget spent (SSM MaxErrors reached)");
            case "Undeliverable":
                return new Mapped(InvocationState.UNDELIVERABLE, "undeliverable: the SSM agent did not answer");
            case "InvalidPlatform":
                return new Mapped(InvocationState.NOT_EXECUTED, "platform mismatch: the document does not support "
                        + "this instance's platform");
            case "AccessDenied":
                return new Mapped(InvocationState.NOT_EXECUTED, "credentials: access to the instance was denied");
            default:
                return byStatus(status == null ? "" : status, detail);
        }
    }

    private static Mapped byStatus(String status, String detail) {
        return switch (status) {
            case "Pending", "Delayed" -> new Mapped(InvocationState.DISPATCHED, null);
            case "InProgress", "Cancelling" -> new Mapped(InvocationState.IN_PROGRESS, null);
            case "Success" -> new Mapped(InvocationState.SUCCESS, null);
            case "Failed" -> new Mapped(InvocationState.FAILED, null);
            case "Cancelled" -> new Mapped(InvocationState.CANCELLED, "cancelled");
            case "TimedOut" -> timedOut(detail);
            default -> new Mapped(InvocationState.FAILED, "unknown SSM status " + status + "/" + detail);
        };
    }

    private static Mapped timedOut(String detail) {
        return switch (detail) {
            case "DeliveryTimedOut" -> new Mapped(InvocationState.TIMED_OUT_DELIVERY, "delivery timed out");
            case "ExecutionTimedOut" -> new Mapped(InvocationState.TIMED_OUT_EXECUTION, "execution timed out");
            default -> new Mapped(InvocationState.FAILED, "unknown SSM status TimedOut/" + detail);
        };
    }
}
