package io.pcmops.aws.internal.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.model.InvocationState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvocationStatusMappingTest {

    @ParameterizedTest
    @CsvSource({
        "Pending, Pending, DISPATCHED, ''",
        "Delayed, Delayed, DISPATCHED, ''",
        "InProgress, InProgress, IN_PROGRESS, ''",
        "Cancelling, Cancelling, IN_PROGRESS, ''",
        "Success, Success, SUCCESS, ''",
        "Failed, Failed, FAILED, ''",
        "Failed, Undeliverable, UNDELIVERABLE, undeliverable",
        "Failed, Terminated, NOT_EXECUTED, error budget spent",
        "Failed, InvalidPlatform, NOT_EXECUTED, platform mismatch",
        "Failed, AccessDenied, NOT_EXECUTED, credentials",
        "TimedOut, DeliveryTimedOut, TIMED_OUT_DELIVERY, delivery timed out",
        "TimedOut, ExecutionTimedOut, TIMED_OUT_EXECUTION, execution timed out",
        "Cancelled, Cancelled, CANCELLED, cancelled",
        "Exploded, Boom, FAILED, unknown SSM status Exploded/Boom",
        "TimedOut, Weird, FAILED, unknown SSM status TimedOut/Weird"
    })
    void map_whenStatusPair_givesStateAndReason(String status, String details, InvocationState state, String reason) {
        InvocationStatusMapping.Mapped mapped = InvocationStatusMapping.map(status, details);

        assertThat(mapped.state()).isEqualTo(state);
        if (reason.isEmpty()) {
            assertThat(mapped.reason()).isNull();
        } else {
            assertThat(mapped.reason()).startsWith(reason);
        }
    }
}
