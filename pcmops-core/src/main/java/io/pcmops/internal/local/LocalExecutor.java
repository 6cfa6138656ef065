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
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/** Runs each unit (one target: this machine) as a detached process and reports its result from the files it wrote. */
final class LocalExecutor implements CommandExecutor, AutoCloseable {

    private final ProviderContext context;
    private final ProcessWatcher watcher;

    LocalExecutor(ProviderContext context) {
        this.context = context;
        this.watcher = new ProcessWatcher(context);
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
        LocalJob job = LocalJob.prepare(folder(unit), unit);
        String targetId = unit.targets().get(0).targetId();
        Process process;
        try {
            Map<String, String> environment = new TreeMap<>(LocalEnvironment.forScripts());
            environment.putAll(unit.script().secrets().reveal());
            process = job.launch(environment);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new DispatchRejectedException("could not start the script: "
                    + e.getMessage(), e));
        }
        sink.accept(new InvocationUpdate(targetId, InvocationState.IN_PROGRESS, null, null, null, null,
                Instant.now(), null));
        watcher.watch(job, process.toHandle(), targetId, unit.executionTimeout(), Instant.now(), sink);
        return CompletableFuture.completedFuture("pid-" + process.pid());
    }

    @Override
    public CompletableFuture<Void> resume(DispatchedUnit dispatched, InvocationSink sink) {
        LocalJob job = new LocalJob(folder(dispatched.unit()));
        watcher.reattach(job, dispatched.unit().targets().get(0).targetId(), dispatched.unit().executionTimeout(),
                sink);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Optional<String>> find(DispatchUnit unit, Instant notBefore) {
        return CompletableFuture.completedFuture(new LocalJob(folder(unit)).pid().map(pid -> "pid-" + pid));
    }

    @Override
    public CompletableFuture<Void> cancel(DispatchedUnit dispatched) {
        watcher.kill(new LocalJob(folder(dispatched.unit())), LocalJob.CANCELLED);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
        watcher.close();
    }

    private Path folder(DispatchUnit unit) {
        return context.dataDirectory().resolve("runs").resolve(unit.runId()).resolve(Integer.toString(unit.unitId()));
    }

    private Optional<String> missing(String program, String reason) {
        return LocalHost.which(program).isPresent() ? Optional.empty() : Optional.of(reason);
    }
}
