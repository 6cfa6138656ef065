package io.pcmops.aws.testkit;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** One instance's invocation of a command. Mutable state is guarded by the owning {@link SimCommand}'s lock. */
final class SimInvocation {

    private static final byte[] EMPTY = new byte[0];

    final SimCommand command;
    final SimulatedInstance instance;
    final int index;
    final CompletableFuture<Void> stop = new CompletableFuture<>();

    InvocationState state = InvocationState.PENDING;
    int responseCode = -1;
    boolean dispatched;
    Instant startedAt;
    Instant endedAt;
    byte[] stdout = EMPTY;
    byte[] stderr = EMPTY;

    SimInvocation(SimCommand command, SimulatedInstance instance, int index) {
        this.command = command;
        this.instance = instance;
        this.index = index;
    }

    String instanceId() {
        return instance.instanceId();
    }

    /** Orders invocations newest command first, then in request order. */
    String sortKey() {
        return command.sortKey() + ":" + String.format("%05d", index);
    }
}
