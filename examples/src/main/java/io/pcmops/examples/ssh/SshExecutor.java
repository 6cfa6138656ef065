package io.pcmops.examples.ssh;

import io.pcmops.ProviderException;
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
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Sends each target's script over SSH as a detached job (see {@link RemoteJob}) and follows it with a
 * {@link JobWatcher}. A unit is one host. Because the job's "launched" mark is made atomically on the host, a
 * restarted engine finds units it may have sent ({@link #find}) and never starts one twice.
 */
final class SshExecutor implements CommandExecutor {

    private final ProviderContext context;
    private final SshSettings settings;
    private final SshConnections ssh;
    private final JobWatcher watcher;
    private final Function<String, SshHost> hosts;

    SshExecutor(ProviderContext context, SshSettings settings, SshConnections ssh, Function<String, SshHost> hosts) {
        this.context = context;
        this.settings = settings;
        this.ssh = ssh;
        this.watcher = new JobWatcher(ssh, context, settings);
        this.hosts = hosts;
    }

    @Override
    public int maxUnitSize() {
        return 1;
    }

    @Override
    public Optional<String> incompatibility(TargetRef target, ScriptLanguage language) {
        return language == ScriptLanguage.POWERSHELL
                ? Optional.of("the ssh provider runs shell and python scripts, not PowerShell")
                : CommandExecutor.super.incompatibility(target, language);
    }

    @Override
    public CompletableFuture<String> dispatch(DispatchUnit unit, InvocationSink sink) {
        return CompletableFuture.supplyAsync(() -> {
            RemoteJob job = job(unit);
            upload(job, unit);
            launch(job);
            sink.accept(new InvocationUpdate(targetId(unit), InvocationState.IN_PROGRESS, null, null, null, null,
                    Instant.now(), null));
            watcher.watch(job, targetId(unit), unit.executionTimeout(), sink);
            return job.reference();
        }, context.executor());
    }

    @Override
    public CompletableFuture<Void> resume(DispatchedUnit dispatched, InvocationSink sink) {
        DispatchUnit unit = dispatched.unit();
        watcher.watch(job(unit), targetId(unit), unit.executionTimeout(), sink);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Optional<String>> find(DispatchUnit unit, Instant notBefore) {
        return CompletableFuture.supplyAsync(() -> {
            RemoteJob job = job(unit);
            String answer = run(job, job.foundCommand(), "").stdout().strip();
            return answer.equals("yes") ? Optional.of(job.reference()) : Optional.empty();
        }, context.executor());
    }

    @Override
    public CompletableFuture<Void> cancel(DispatchedUnit dispatched) {
        return CompletableFuture.runAsync(() -> {
            RemoteJob job = job(dispatched.unit());
            run(job, job.killCommand("cancelled"), "");
        }, context.executor());
    }

    void close() {
        watcher.close();
    }

    private void upload(RemoteJob job, DispatchUnit unit) {
        SshConnections.ExecResult result;
        try {
            result = ssh.exec(job.host(), job.uploadCommand(), RemoteJob.scriptText(unit));
        } catch (IOException e) {
            throw new DispatchRejectedException(InvocationState.UNDELIVERABLE, "cannot reach "
                    + job.host().address() + ": " + e.getMessage(), e);
        }
        if (result.exitStatus() != 0) {
            throw new DispatchRejectedException(InvocationState.UNDELIVERABLE, "cannot write the job on "
                    + job.host().address() + ": " + result.stderr().strip(), null);
        }
    }

    private void launch(RemoteJob job) {
        String answer = run(job, job.launchCommand(), "").stdout();
        if (!answer.contains("launched") && !answer.contains("already")) {
            throw new ProviderException("could not tell whether the job started on " + job.host().address());
        }
    }

    private SshConnections.ExecResult run(RemoteJob job, String command, String stdin) {
        try {
            return ssh.exec(job.host(), command, stdin);
        } catch (IOException e) {
            throw new UncheckedIOException("ssh to " + job.host().address() + " failed: " + e.getMessage(), e);
        }
    }

    private RemoteJob job(DispatchUnit unit) {
        return RemoteJob.of(hosts.apply(targetId(unit)), settings.remoteDirectory(), unit);
    }

    private static String targetId(DispatchUnit unit) {
        return unit.targets().get(0).targetId();
    }
}
