package io.pcmops.aws.internal.ssm;

import io.pcmops.aws.internal.AwsErrors;
import io.pcmops.aws.internal.client.AwsClients;
import io.pcmops.aws.internal.client.Principal;
import io.pcmops.aws.internal.credentials.AccountAccess;
import io.pcmops.aws.internal.credentials.SessionNames;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.DispatchRejectedException;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.DispatchedUnit;
import io.pcmops.spi.Failures;
import io.pcmops.spi.InvocationSink;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.ssm.model.CommandFilterKey;

/**
 * Runs units with SSM Run Command: one SendCommand per unit (at most 50 instances of one partition, account and
 * region), tracked by the provider's single poller; a unit is found again by its {@code Comment} through
 * ListCommands (matched client-side) and cancelled with CancelCommand.
 */
public final class SsmExecutor implements CommandExecutor, AutoCloseable {

    private final AwsClients clients;
    private final AccountAccess access;
    private final CommandTracker tracker;
    private final CommandSender sender;

    public SsmExecutor(AwsClients clients, AccountAccess access, Clock clock, ScheduledExecutorService scheduler) {
        this.clients = clients;
        this.access = access;
        this.tracker = new CommandTracker(clients, clock, scheduler);
        this.sender = new CommandSender(clients, tracker, clock);
    }

    @Override
    public int maxUnitSize() {
        return 50;
    }

    @Override
    public CompletableFuture<String> dispatch(DispatchUnit unit, InvocationSink sink) {
        TargetRef first = unit.targets().get(0);
        return principal(unit).thenCompose(p -> sender.send(p, first.region(), unit, sink));
    }

    @Override
    public CompletableFuture<Void> resume(DispatchedUnit dispatched, InvocationSink sink) {
        DispatchUnit unit = dispatched.unit();
        Set<String> ids = Set.copyOf(unit.targets().stream().map(TargetRef::targetId).toList());
        return principal(unit).thenAccept(p -> tracker.track(new TrackedCommand(dispatched.providerRef(), p,
                unit.targets().get(0).region(), unit, ids, sink, dispatched.dispatchedAt(),
                clients.settings().s3OutputBucket(), clients.settings().s3OutputPrefix())));
    }

    @Override
    public CompletableFuture<Optional<String>> find(DispatchUnit unit, Instant notBefore) {
        String after = notBefore.minusSeconds(1).truncatedTo(ChronoUnit.SECONDS).toString();
        AtomicReference<String> found = new AtomicReference<>();
        return principal(unit).thenCompose(p -> clients.ssm(p, unit.targets().get(0).region())
                .listCommandsPaginator(r -> r.maxResults(50).filters(f -> f.key(CommandFilterKey.INVOKED_AFTER)
                        .value(after))).commands()
                .subscribe(c -> {
                    if (unit.comment().equals(c.comment())) {
                        found.compareAndSet(null, c.commandId());
                    }
                })).thenApply(v -> Optional.ofNullable(found.get()));
    }

    @Override
    public CompletableFuture<Void> cancel(DispatchedUnit dispatched) {
        return principal(dispatched.unit()).thenCompose(p -> clients.ssm(p, dispatched.unit().targets().get(0)
                .region()).cancelCommand(r -> r.commandId(dispatched.providerRef()))).thenApply(r -> null);
    }

    private CompletableFuture<Principal> principal(DispatchUnit unit) {
        TargetRef first = unit.targets().get(0);
        String session = SessionNames.of(unit.requestedBy(), unit.runId());
        return access.principal(first.partition(), first.account(), session).exceptionallyCompose(error -> {
            String detail = AwsErrors.describe(error);
            String reason = detail.startsWith("credentials:") ? detail : "credentials: " + detail;
            return CompletableFuture.failedFuture(new DispatchRejectedException(reason, Failures.unwrap(error)));
        });
    }

    @Override
    public void close() {
        tracker.close();
    }
}
