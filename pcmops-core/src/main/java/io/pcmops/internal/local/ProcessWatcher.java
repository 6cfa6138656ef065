package io.pcmops.internal.local;

import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputText;
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
    private static final int DEFAULT_MAX_OUTPUT = 8 * 1024 * 1024;
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

    /** Collects a job started by another process: its result if it ended, else waits for it again. */
    void reattach(LocalJob job, String targetId, Duration timeout, InvocationSink sink) {
        Optional<ProcessHandle> alive = job.exitCode().isPresent() ? Optional.empty()
                : job.pid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                        .filter(handle -> startedNear(handle, job.startedAt()));
        if (alive.isPresent()) {
            watch(job, alive.get(), targetId, timeout, job.startedAt(), sink);
        } else {
            sink.accept(collect(job, targetId));
        }
    }

    /**
     * Marks why a job is stopped, then kills its whole process group. The pid comes from the process this watcher
     * started when there is one (the wrapper may not have written its pid file yet), else from the pid file.
     */
    void kill(LocalJob job, String marker) {
        if (job.exitCode().isPresent()) {
            return;
        }
        job.mark(marker);
        Optional.ofNullable(livePids.get(job.folder())).or(job::pid).ifPresent(pid -> {
            try {
                new ProcessBuilder("kill", "-KILL", "--", "-" + pid).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
            } catch (IOException e) {
                LOG.warn("could not kill process group {}: {}", pid, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ProcessHandle.of(pid).ifPresent(handle -> {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                handle.destroyForcibly();
            });
        });
    }

    InvocationUpdate collect(LocalJob job, String targetId) {
        int cap = maxOutputBytes();
        OutputText out = OutputFiles.read(job.file(LocalJob.STDOUT), cap);
        OutputText err = OutputFiles.read(job.file(LocalJob.STDERR), cap);
        Optional<Integer> code = job.exitCode();
        InvocationState state;
        String reason = null;
        if (job.marked(LocalJob.CANCELLED)) {
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
        return new InvocationUpdate(targetId, state, reason, code.orElse(null), out, err, job.startedAt(),
                job.endedAt().orElse(Instant.now()));
    }

    @Override
    public void close() {
        timers.forEach(timer -> timer.cancel(false));
        timers.clear();
    }

    private int maxOutputBytes() {
        try {
            return Integer.parseInt(context.settings().getOrDefault("maxOutputBytes",
                    Integer.toString(DEFAULT_MAX_OUTPUT)));
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_OUTPUT;
        }
    }

    private static boolean startedNear(ProcessHandle handle, Instant recorded) {
        return handle.info().startInstant()
                .map(start -> Duration.between(start, recorded).abs().compareTo(START_TOLERANCE) <= 0)
                .orElse(true);
    }
}
