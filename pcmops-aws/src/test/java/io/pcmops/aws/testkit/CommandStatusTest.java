package io.pcmops.aws.testkit;

import static io.pcmops.aws.testkit.InvocationState.CANCELLED;
import static io.pcmops.aws.testkit.InvocationState.DELIVERY_TIMED_OUT;
import static io.pcmops.aws.testkit.InvocationState.EXECUTION_TIMED_OUT;
import static io.pcmops.aws.testkit.InvocationState.FAILED;
import static io.pcmops.aws.testkit.InvocationState.IN_PROGRESS;
import static io.pcmops.aws.testkit.InvocationState.PENDING;
import static io.pcmops.aws.testkit.InvocationState.SUCCESS;
import static io.pcmops.aws.testkit.InvocationState.TERMINATED;
import static io.pcmops.aws.testkit.InvocationState.UNDELIVERABLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandStatusTest {

    @Test
    void of_whenNothingSent_isPending() {
        assertThat(CommandStatus.of(List.of(PENDING, PENDING), false, false, 0))
                .isEqualTo(new CommandStatus("Pending", "Pending"));
    }

    @Test
    void of_whenSomeRunning_isInProgressOrCancelling() {
        assertThat(CommandStatus.of(List.of(SUCCESS, IN_PROGRESS), true, false, 0).status()).isEqualTo("InProgress");
        assertThat(CommandStatus.of(List.of(SUCCESS, IN_PROGRESS), true, true, 0).status()).isEqualTo("Cancelling");
    }

    @Test
    void of_whenErrorsExceedMaxErrors_isFailedOrExecutionTimedOut() {
        assertThat(CommandStatus.of(List.of(FAILED, TERMINATED, TERMINATED), true, false, 0))
                .isEqualTo(new CommandStatus("Failed", "Failed"));
        assertThat(CommandStatus.of(List.of(EXECUTION_TIMED_OUT), true, false, 0))
                .isEqualTo(new CommandStatus("TimedOut", "ExecutionTimedOut"));
    }

    @Test
    void of_whenUndeliverableBesideSuccess_isSuccess() {
        assertThat(CommandStatus.of(List.of(SUCCESS, UNDELIVERABLE), true, false, 0).status()).isEqualTo("Success");
        assertThat(CommandStatus.of(List.of(UNDELIVERABLE, UNDELIVERABLE), true, false, 0).status())
                .isEqualTo("Failed");
    }

    @Test
    void of_whenOnlyDeliveryTimeouts_isDeliveryTimedOut() {
        assertThat(CommandStatus.of(List.of(DELIVERY_TIMED_OUT), true, false, 0))
                .isEqualTo(new CommandStatus("TimedOut", "DeliveryTimedOut"));
    }

    @Test
    void of_whenErrorsWithinMaxErrorsOrMixed_isIncomplete() {
        assertThat(CommandStatus.of(List.of(SUCCESS, FAILED), true, false, 1))
                .isEqualTo(new CommandStatus("Failed", "Incomplete"));
        assertThat(CommandStatus.of(List.of(SUCCESS, DELIVERY_TIMED_OUT), true, false, 0).details())
                .isEqualTo("Incomplete");
    }

    @Test
    void of_whenCancelled_isCancelled() {
        assertThat(CommandStatus.of(List.of(CANCELLED, SUCCESS), true, true, 0).status()).isEqualTo("Cancelled");
        assertThat(CommandStatus.of(List.of(CANCELLED), true, false, 0).status()).isEqualTo("Cancelled");
    }
}
