package io.pcmops.examples.ssh;

import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputText;
import io.pcmops.spi.InvocationSink;
import io.pcmops.spi.InvocationUpdate;
import io.pcmops.spi.ProviderContext;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Checks running jobs on their hosts until they end, kills a job that passes its execution timeout, and reports
 * the final state with the output. A host that cannot be reached is asked again at the next round: the job goes on
 * without us, and the engine's own deadline ends a run whose hosts never answer again.
 */
final class JobWatcher implements AutoCloseable {

    private final SshConnections ssh;
    private final ProviderContext context;
    private final SshSettings settings;
    private volatile boolean closed;

    JobWatcher(SshConnections ssh, ProviderContext context, SshSettings settings) {
        this.ssh = ssh;
        this.context = context;
        this.settings = settings;
    }

    /** Watches a job until it ends and reports it to the sink. */
    void watch(RemoteJob job, String targetId, Duration timeout, InvocationSink sink) {
        schedule(new Watch(job, targetId, timeout, sink));
    }

    private void schedule(Watch watch) {
        if (!closed) {
            context.scheduler().schedule(() -> context.executor().execute(() -> poll(watch)),
                    settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void poll(Watch watch) {
        try {
            JobStatus status = JobStatus.parse(ssh.exec(watch.job().host(), watch.job().statusCommand(), "").stdout());
            if (status.ended()) {
                watch.sink().accept(finalUpdate(watch, status));
                return;
            }
            if (status.startedAt() != null && Duration.between(status.startedAt(), status.hostNow())
                    .compareTo(watch.timeout()) > 0) {
                ssh.exec(watch.job().host(), watch.job().killCommand("timed-out"), "");
            }
        } catch (IOException | RuntimeException e) {
            // unreachable for now: ask again next round
        }
        schedule(watch);
    }

    private InvocationUpdate finalUpdate(Watch watch, JobStatus status) throws IOException {
        int max = settings.maxOutputBytes();
        SshConnections.ExecResult output = status.stdoutBytes() + status.stderrBytes() == 0
                ? new SshConnections.ExecResult(0, "", "")
                : ssh.exec(watch.job().host(), watch.job().outputCommand(max), "");
        InvocationState state = status.finalState();
        return new InvocationUpdate(watch.targetId(), state, status.reason(), status.exitCode(),
                OutputText.of(output.stdout(), status.stdoutBytes() > max),
                OutputText.of(output.stderr(), status.stderrBytes() > max), status.startedAt(),
                status.endedAt() != null ? status.endedAt() : status.hostNow());
    }

    @Override
    public void close() {
        closed = true;
    }

    private record Watch(RemoteJob job, String targetId, Duration timeout, InvocationSink sink) {
    }
}
