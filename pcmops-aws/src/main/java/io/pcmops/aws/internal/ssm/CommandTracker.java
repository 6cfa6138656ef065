package io.pcmops.aws.internal.ssm;

import io.pcmops.aws.internal.AwsErrors;
import io.pcmops.aws.internal.client.AwsClients;
import io.pcmops.model.InvocationState;
import io.pcmops.spi.InvocationUpdate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ssm.model.CommandInvocation;

/**
 * The provider's one poller: every polling interval, each tracked command gets one ListCommandInvocations
 * (Details=true, all pages, 50 invocations a page) and its changes go to its sink in one batch. A command whose
 * invocations are not visible yet (just sent) simply shows no change. Nothing here blocks a thread.
 */
final class CommandTracker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CommandTracker.class);

    private final AwsClients clients;
    private final InvocationUpdates updates;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Map<String, TrackedCommand> commands = new ConcurrentHashMap<>();
    private ScheduledFuture<?> timer;
    private Duration interval;

    CommandTracker(AwsClients clients, Clock clock, ScheduledExecutorService scheduler) {
        this.clients = clients;
        this.updates = new InvocationUpdates(new OutputReader(clients), clock);
        this.clock = clock;
        this.scheduler = scheduler;
    }

    void track(TrackedCommand command) {
        commands.put(command.commandId(), command);
        schedule();
    }

    /** Returns how many commands are tracked. */
    int size() {
        return commands.size();
    }

    private synchronized void schedule() {
        Duration wanted = clients.settings().pollInterval();
        if (timer != null && wanted.equals(interval)) {
            return;
        }
        if (timer != null) {
            timer.cancel(false);
        }
        interval = wanted;
        timer = scheduler.scheduleAtFixedRate(this::round, wanted.toMillis(), wanted.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            commands.values().forEach(this::pollOnce);
            if (!clients.settings().pollInterval().equals(interval)) {
                schedule();
            }
        } catch (RuntimeException e) {
            LOG.warn("polling round failed: {}", AwsErrors.describe(e));
        }
    }

    private void pollOnce(TrackedCommand command) {
        if (!command.busy.compareAndSet(false, true)) {
            return;
        }
        poll(command).whenComplete((v, error) -> {
            command.busy.set(false);
            if (error != null) {
                LOG.warn("command {}: polling failed ({}); trying again next round", command.commandId(),
                        AwsErrors.describe(error));
            } else if (command.finished()) {
                commands.remove(command.commandId());
            }
        });
    }

    private CompletableFuture<Void> poll(TrackedCommand command) {
        List<CommandInvocation> seen = Collections.synchronizedList(new ArrayList<>());
        return clients.ssm(command.principal(), command.region())
                .listCommandInvocationsPaginator(r -> r.commandId(command.commandId()).details(true).maxResults(50))
                .subscribe(page -> seen.addAll(page.commandInvocations()))
                .thenCompose(v -> updates.of(command, List.copyOf(seen)))
                .thenAccept(batch -> deliver(command, batch));
    }

    private static void deliver(TrackedCommand command, List<InvocationUpdate> batch) {
        if (batch.isEmpty()) {
            return;
        }
        command.sink().accept(batch);
        batch.forEach(u -> command.report(u.targetId(), u.state()));
    }

    /** Stops polling; tracked commands are forgotten (a restarted provider resumes them). */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.cancel(false);
        }
        commands.clear();
    }

    static boolean isFinal(InvocationState state) {
        return state != null && state.terminal();
    }
}
