package io.pcmops.aws.testkit;

import java.util.List;

/**
 * A command's ({@code Status}, {@code StatusDetails}), aggregated from its invocations per SSM-BEHAVIOUR.md §3.3.
 * Where SSM leaves the Status undocumented ({@code Incomplete}) the simulator reports {@code Failed}.
 */
record CommandStatus(String status, String details) {

    static CommandStatus of(List<InvocationState> states, boolean anyDispatched, boolean cancelRequested,
            int errorLimit) {
        boolean allTerminal = states.stream().allMatch(InvocationState::terminal);
        if (!allTerminal) {
            if (cancelRequested) {
                return new CommandStatus("Cancelling", "Cancelling");
            }
            return anyDispatched ? new CommandStatus("InProgress", "InProgress")
                    : new CommandStatus("Pending", "Pending");
        }
        return terminal(states, cancelRequested, errorLimit);
    }

    private static CommandStatus terminal(List<InvocationState> states, boolean cancelRequested, int errorLimit) {
        long errors = states.stream().filter(InvocationState::countsAsError).count();
        if (cancelRequested || states.stream().allMatch(s -> s == InvocationState.CANCELLED)) {
            return new CommandStatus("Cancelled", "Cancelled");
        }
        if (errors > errorLimit) {
            boolean allTimedOut = states.stream().filter(InvocationState::countsAsError)
                    .allMatch(s -> s == InvocationState.EXECUTION_TIMED_OUT);
            return allTimedOut ? new CommandStatus("TimedOut", "ExecutionTimedOut")
                    : new CommandStatus("Failed", "Failed");
        }
        boolean anySuccess = states.contains(InvocationState.SUCCESS);
        if (anySuccess && states.stream().allMatch(s -> s == InvocationState.SUCCESS || s.neutral())) {
            return new CommandStatus("Success", "Success");
        }
        if (states.stream().allMatch(InvocationState::neutral)) {
            return new CommandStatus("Failed", "Undeliverable");
        }
        if (!anySuccess && states.stream().allMatch(s -> s == InvocationState.DELIVERY_TIMED_OUT || s.neutral())) {
            return new CommandStatus("TimedOut", "DeliveryTimedOut");
        }
        return new CommandStatus("Failed", "Incomplete");
    }
}
