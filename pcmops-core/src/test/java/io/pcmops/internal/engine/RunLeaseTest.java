package io.pcmops.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.PersistenceException;
import io.pcmops.internal.store.RunWriter;
import io.pcmops.spi.PermitRevokedException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The lease proof behind send fencing, on a monotonic clock the test moves. */
class RunLeaseTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AtomicInteger renewals = new AtomicInteger();
    private final Deque<Object> answers = new ArrayDeque<>();
    private final RunLease lease = new RunLease("r-1", EngineSettings.defaults("e-1").withLease(Duration.ofSeconds(30)),
            writer(), Clock.systemUTC(), nanos::get);

    @Test
    void confirm_withNoRenewalYet_renewsInTheStoreFirst() {
        answers.add(true);

        lease.confirm();

        assertThat(renewals).hasValue(1);
        assertThat(lease.proven()).isTrue();
    }

    @Test
    void confirm_soonAfterARenewal_needsNoStore() {
        answers.add(true);
        lease.renew();
        nanos.addAndGet(Duration.ofSeconds(19).toNanos());

        lease.confirm();

        assertThat(renewals).hasValue(1);
    }

    @Test
    void confirm_afterAPauseLongerThanTheLeaseLessItsMargin_renewsAndIsRevokedWhenTakenOver() {
        answers.add(true);
        lease.renew();
        nanos.addAndGet(Duration.ofSeconds(21).toNanos());
        answers.add(false);

        assertThat(lease.proven()).isFalse();
        assertThatThrownBy(lease::confirm).isInstanceOf(PermitRevokedException.class)
                .hasMessageContaining("owned by another engine");
        assertThat(renewals).hasValue(2);
    }

    @Test
    void confirm_whenTheStoreCannotBeWritten_isRevoked() {
        answers.add(new PersistenceException("disk full", null));

        assertThatThrownBy(lease::confirm).isInstanceOf(PermitRevokedException.class).hasMessageContaining("disk full");
    }

    @Test
    void renewal_startedBeforeAPause_provesOnlyFromItsStart() {
        answers.add(true);
        lease.renew();
        nanos.addAndGet(Duration.ofSeconds(25).toNanos());

        assertThat(lease.proven()).isFalse();
    }

    private RunWriter writer() {
        return (RunWriter) Proxy.newProxyInstance(RunWriter.class.getClassLoader(), new Class<?>[] {RunWriter.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("renewLease")) {
                        throw new AssertionError("unexpected store call " + method.getName());
                    }
                    renewals.incrementAndGet();
                    Object answer = answers.remove();
                    if (answer instanceof RuntimeException e) {
                        throw e;
                    }
                    return answer;
                });
    }
}
