package io.pcmops.internal.local;

import io.pcmops.model.InvocationState;
import io.pcmops.spi.InvocationSink;
import io.pcmops.spi.InvocationUpdate;
import io.pcmops.spi.ProviderContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for script processes to end, enforces their execution timeout by killing the whole process group, and turns
 * the files they left into a final {@link InvocationUpdate}.
 */
final class ProcessWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessWatcher.class);
    private static final Duration START_TOLERANCE = Duration.ofSeconds(5);

    private final ProviderContext context;
    private final Set<ScheduledFuture<?>> timers = ConcurrentHashMap.newKeySet();
    private final Map<Path, Long> livePids = new ConcurrentHashMap<>();

    ProcessWatcher(ProviderContext context) {
        this.context = context;
    }

    void watch(LocalJob job, ProcessHandle process, String targetId, Duration timeout, Instant startedAt,
               InvocationSink sink) {
        long delay = Math.max(0, Duration.between(Instant.now(), startedAt.plus(timeout)).toMillis());
        livePids.put(job.folder(), process.pid());
        ScheduledFuture<?> timer = context.scheduler().schedule(() -> kill(job, LocalJob.TIMED_OUT), delay,
                TimeUnit.MILLISECONDS);
        timers.add(timer);
        process.onExit().whenCompleteAsync((ended, error) -> {
            timer.cancel(false);
            timers.remove(timer);
            livePids.remove(job.folder());
            sink.accept(collect(job, targetId));
        }, context.executor());
    }

    /**
     * Collects a job sent earlier, perhaps by another process: its result if it ended, else waits for it again. A
     * job whose wrapper never started is given up, so it can never start late.
     */
    void reattach(LocalJob job, String targetId, Duration timeout, InvocationSink sink) {
        if (job.exitCode().isPresent() || job.startAbandoned()) {
            sink.accept(collect(job, targetId));
            return;
        }
        Optional<ProcessHandle> alive = liveWrapper(job);
        if (alive.isPresent()) {
            watch(job, alive.get(), targetId, timeout, job.startedAt().orElse(Instant.now()), sink);
        } else if (job.pid().isPresent() || !job.startedElseAbandon()) {
            sink.accept(collect(job, targetId));
        } else {
            reattach(job, targetId, timeout, sink);
        }
    }

    /**
     * Marks why a job is stopped, then kills its whole process group, led by the job's wrapper while it runs. A job
     * whose wrapper is not running (or not yet) is given up instead, so it never starts.
     */
    void kill(LocalJob job, String marker) {
        if (job.exitCode().isPresent()) {
            return;
        }
        job.mark(marker);
        Optional<Long> pid = liveWrapper(job).map(ProcessHandle::pid);
        if (pid.isEmpty()) {
            job.startedElseAbandon();
            return;
        }
        try {
            new ProcessBuilder("kill", "-KILL", "--", "-" + pid.get()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            LOG.warn("could not kill process group {}: {}", pid.get(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ProcessHandle.of(pid.get()).ifPresent(handle -> {
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
        });
    }

    InvocationUpdate collect(LocalJob job, String targetId) {
        int cap = LocalSettings.from(context.settings()).maxOutputBytes();
        Optional<Integer> code = job.exitCode();
        InvocationState state;
        String reason = null;
        if (job.startAbandoned()) {
            state = InvocationState.NOT_EXECUTED;
            reason = "not started: the process that sent it stopped before the script started";
        } else if (job.marked(LocalJob.CANCELLED)) {
            state = InvocationState.CANCELLED;
            reason = "cancelled; the process group was killed";
        } else if (job.marked(LocalJob.TIMED_OUT)) {
            state = InvocationState.TIMED_OUT_EXECUTION;
            reason = "execution timeout reached; the process group was killed";
        } else if (code.isEmpty()) {
            state = InvocationState.FAILED;
            reason = "interrupted: the script ended without recording an exit code";
        } else {
            state = code.get() == 0 ? InvocationState.SUCCESS : InvocationState.FAILED;
        }
        return new InvocationUpdate(targetId, state, reason, code.orElse(null),
                job.output(LocalJob.STDOUT, cap), job.output(LocalJob.STDERR, cap), job.startedAt().orElse(null),
                job.endedAt().orElse(Instant.now()));
    }

    @Override
    public void close() {
        timers.forEach(timer -> timer.cancel(false));
        timers.clear();
    }

    /** Finds the job's wrapper if it runs: started here, recorded by its launcher, or recorded by itself. */
    private Optional<ProcessHandle> liveWrapper(LocalJob job) {
        Optional<ProcessHandle> own = Optional.ofNullable(livePids.get(job.folder())).flatMap(ProcessHandle::of);
        return own.or(() -> alive(job.launchedPid(), job.launchedAt())).or(() -> alive(job.pid(), job.startedAt()))
                .filter(ProcessHandle::isAlive);
    }

    private static Optional<ProcessHandle> alive(Optional<Long> pid, Optional<Instant> recorded) {
        return pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(handle -> startedNear(handle, recorded.orElse(Instant.now())));
    }

    private static boolean startedNear(ProcessHandle handle, Instant recorded) {
        return handle.info().startInstant()
                .map(start -> Duration.between(start, recorded).abs().compareTo(START_TOLERANCE) <= 0)
                .orElse(true);
    }
}
