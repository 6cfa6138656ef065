package io.pcmops.cli.follow;

import io.pcmops.model.InvocationState;
import io.pcmops.model.RunEvent;
import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error (a terminal): finished targets of all, and counts of the outcomes so far. */
final class BarProgress implements Progress {

    private final PrintWriter err;
    private final ProgressBar bar;
    private volatile boolean paused;

    BarProgress(PrintWriter err, int targets, boolean unicode) {
        this.err = err;
        this.bar = new ProgressBarBuilder().setTaskName("run").setInitialMax(targets)
                .setStyle(unicode ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).hideEta()
                .setConsumer(new DelegatingProgressBarConsumer(this::draw)).build();
    }

    @Override
    public void update(RunEvent event) {
        int finished = 0;
        for (var entry : event.counts().entrySet()) {
            finished += entry.getKey().terminal() ? entry.getValue() : 0;
        }
        bar.stepTo(finished);
        bar.setExtraMessage(outcomes(event));
    }

    @Override
    public void pause() {
        paused = true;
        synchronized (err) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    @Override
    public void resume() {
        paused = false;
    }

    @Override
    public void close() {
        bar.close();
        synchronized (err) {
            err.println();
            err.flush();
        }
    }

    private void draw(String rendered) {
        if (!paused) {
            synchronized (err) {
                err.print('\r' + rendered);
                err.flush();
            }
        }
    }

    private static String outcomes(RunEvent event) {
        int ok = event.counts().getOrDefault(InvocationState.SUCCESS, 0);
        int running = event.counts().getOrDefault(InvocationState.IN_PROGRESS, 0)
                + event.counts().getOrDefault(InvocationState.DISPATCHED, 0);
        int failed = 0;
        for (var entry : event.counts().entrySet()) {
            failed += entry.getKey().terminal() && entry.getKey() != InvocationState.SUCCESS ? entry.getValue() : 0;
        }
        return ok + " ok, " + failed + " not ok, " + running + " running";
    }
}
