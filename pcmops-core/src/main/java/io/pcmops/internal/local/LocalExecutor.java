package io.pcmops.internal.local;

import io.pcmops.model.InvocationState;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.DispatchRejectedException;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.DispatchedUnit;
import io.pcmops.spi.InvocationSink;
import io.pcmops.spi.InvocationUpdate;
import io.pcmops.spi.ProviderContext;
import io.pcmops.spi.SendPermit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Runs each unit (one target: this machine) as a detached process and reports its result from the files it wrote.
 * A launch is idempotent: the unit's {@code started} claim (see {@link LocalJob}) lets it happen once, and a unit
 * that {@link #find} reported unsent is never launched later.
 */
final class LocalExecutor implements CommandExecutor, AutoCloseable {

    private final ProviderContext context;
    private final ProcessWatcher watcher;
    private final LocalCleaner cleaner;

    LocalExecutor(ProviderContext context) {
        this.context = context;
        this.watcher = new ProcessWatcher(context);
        this.cleaner = new LocalCleaner(context);
    }

    @Override
    public int maxUnitSize() {
        return 1;
    }

    @Override
    public Optional<String> incompatibility(TargetRef target, ScriptLanguage language) {
        return switch (language) {
            case POWERSHELL -> missing("pwsh", "PowerShell 7 (pwsh) is not installed on this host");
            case PYTHON -> missing("python3", "python3 is not installed on this host");
            case SHELL -> CommandExecutor.super.incompatibility(target, language);
        };
    }

    /** Secret parameters reach the process's environment only; they are never written to the run's folder. */
    @Override
    public boolean passesSecretParameters() {
        return true;
    }

    @Override
    public CompletableFuture<String> dispatch(DispatchUnit unit, InvocationSink sink) {
        return dispatch(unit, sink, () -> { });
    }

    @Override
    public CompletableFuture<String> dispatch(DispatchUnit unit, InvocationSink sink, SendPermit permit) {
        LocalJob job = job(unit);
        try {
            if (job.claimed()) {
                return sentBefore(job, unit, sink);
            }
            LocalSettings settings = LocalSettings.from(context.settings());
            Optional<RunAsAccount> account = settings.runAs().map(RunAsAccount::resolve);
            LocalLaunch.Prepared prepared = LocalLaunch.prepare(job, unit, settings, account);
            confirm(permit, job, prepared);
            if (!job.claimSend()) {
                cleaner.discard(job, prepared);
                return sentBefore(job, unit, sink);
            }
            job.write(LocalJob.WORK, prepared.workDirectory().toString());
            launch(job, prepared, unit, account, sink);
            return CompletableFuture.completedFuture(reference(unit));
        } catch (DispatchRejectedException e) {
            return CompletableFuture.failedFuture(e);
        } catch (UncheckedIOException e) {
            return CompletableFuture.failedFuture(new DispatchRejectedException("could not prepare the script: "
                    + e.getMessage(), e));
        }
    }

    @Override
    public CompletableFuture<Void> resume(DispatchedUnit dispatched, InvocationSink sink) {
        DispatchUnit unit = dispatched.unit();
        watcher.reattach(job(unit), targetId(unit), unit.executionTimeout(), sink);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Optional<String>> find(DispatchUnit unit, Instant notBefore) {
        return CompletableFuture.completedFuture(job(unit).sentElseGiveUp() ? Optional.of(reference(unit))
                : Optional.empty());
    }

    @Override
    public CompletableFuture<Void> cancel(DispatchedUnit dispatched) {
        watcher.kill(job(dispatched.unit()), LocalJob.CANCELLED);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void release(DispatchedUnit dispatched) {
        cleaner.remove(job(dispatched.unit()));
    }

    @Override
    public void close() {
        watcher.close();
    }

    private void confirm(SendPermit permit, LocalJob job, LocalLaunch.Prepared prepared) {
        try {
            permit.confirm();
        } catch (DispatchRejectedException e) {
            cleaner.discard(job, prepared);
            throw e;
        }
    }

    private void launch(LocalJob job, LocalLaunch.Prepared prepared, DispatchUnit unit,
                        Optional<RunAsAccount> account, InvocationSink sink) {
        Instant startedAt = Instant.now();
        Process process;
        try {
            Map<String, String> environment = new TreeMap<>(LocalEnvironment.forScripts(account,
                    prepared.workDirectory()));
            environment.putAll(unit.script().secrets().reveal());
            process = LocalLaunch.start(job, prepared, environment);
        } catch (IOException e) {
            job.startedElseAbandon();
            throw new DispatchRejectedException("could not start the script: " + e.getMessage(), e);
        }
        job.recordLaunch(process.pid());
        sink.accept(new InvocationUpdate(targetId(unit), InvocationState.IN_PROGRESS, null, null, null, null,
                startedAt, null));
        watcher.watch(job, process.toHandle(), targetId(unit), unit.executionTimeout(), startedAt, sink);
    }

    /** A unit claimed before: refused when it was given up, else the same unit, tracked again (never relaunched). */
    private CompletableFuture<String> sentBefore(LocalJob job, DispatchUnit unit, InvocationSink sink) {
        if (job.givenUp()) {
            return CompletableFuture.failedFuture(new DispatchRejectedException("not sent: unit " + unit.unitId()
                    + " was given up by an engine that found it unsent", null));
        }
        watcher.reattach(job, targetId(unit), unit.executionTimeout(), sink);
        return CompletableFuture.completedFuture(reference(unit));
    }

    private LocalJob job(DispatchUnit unit) {
        Path folder = context.dataDirectory().resolve("runs").resolve(unit.runId())
                .resolve(Integer.toString(unit.unitId()));
        return new LocalJob(folder);
    }

    private static String reference(DispatchUnit unit) {
        return "local-" + unit.runId() + "-" + unit.unitId();
    }

    private static String targetId(DispatchUnit unit) {
        return unit.targets().get(0).targetId();
    }

    private Optional<String> missing(String program, String reason) {
        return LocalHost.which(program).isPresent() ? Optional.empty() : Optional.of(reason);
    }
}
