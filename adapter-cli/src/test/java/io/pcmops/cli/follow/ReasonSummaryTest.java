package io.pcmops.cli.follow;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.cli.render.Style;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Platform;
import io.pcmops.model.TargetRef;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonSummaryTest {

    private static final String DENIED = "credentials: AssumeRole failed: AccessDenied";

    @Test
    void print_whenTargetsHaveReasons_showsEachStateAndReasonOnceMostFrequentFirst() {
        String text = print(List.of(
                invocation("a", InvocationState.NOT_EXECUTED, "unreachable: the agent is offline"),
                invocation("b", InvocationState.NOT_EXECUTED, DENIED),
                invocation("c", InvocationState.NOT_EXECUTED, DENIED),
                invocation("d", InvocationState.CANCELLED, DENIED),
                invocation("e", InvocationState.FAILED, null),
                invocation("f", InvocationState.SUCCESS, "ignored")));

        assertThat(text.lines()).containsExactly(
                "  NOT_EXECUTED 2: " + DENIED + "  web-b, web-c",
                "  NOT_EXECUTED 1: unreachable: the agent is offline  web-a",
                "  CANCELLED 1: " + DENIED + "  web-d");
    }

    @Test
    void print_whenNoTargetHasAReason_printsNothing() {
        assertThat(print(List.of(invocation("a", InvocationState.SUCCESS, null),
                invocation("b", InvocationState.FAILED, " ")))).isEmpty();
    }

    private static String print(List<Invocation> invocations) {
        StringWriter out = new StringWriter();
        ReasonSummary.print(invocations, new PrintWriter(out, true), Style.plain());
        return out.toString();
    }

    private static Invocation invocation(String id, InvocationState state, String reason) {
        TargetRef target = new TargetRef("aws", "aws", "111122223333", "us-east-1", "i-" + id, "web-" + id,
                Platform.LINUX);
        return new Invocation(target, state, reason, null, "", "", false, false, 0, 0, null, null, null);
    }
}
