package io.pcmops.cli.follow;

import io.pcmops.Pcmops;
import io.pcmops.cli.Prompter;
import io.pcmops.cli.env.Interrupts;
import io.pcmops.model.Run;
import java.io.PrintWriter;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Waits for a run to finish while showing its progress, and handles Ctrl-C.
 *
 * <p>The first Ctrl-C asks (on a terminal) whether to cancel the run; "no" keeps waiting. Without a terminal to
 * ask on, it cancels. A Ctrl-C while the question is open cancels. Once a cancel is requested, the run is
 * followed until the engine has cancelled it; another Ctrl-C then stops waiting (the cancel request is stored, so
 * whichever process drives the run next completes it). The signal handler only queues a signal; the waiting
 * thread decides, and the question is read on its own thread so a further Ctrl-C is never stuck behind it.
 */
public final class RunFollower {

    private enum Signal { FINISHED, INTERRUPTED, CANCEL, CONTINUE }

    private final Interrupts interrupts;
    private final Prompter prompter;
    private final PrintWriter err;
    private final BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
    private boolean asking;
    private boolean cancelRequested;

    public RunFollower(Interrupts interrupts, Prompter prompter, PrintWriter err) {
        this.interrupts = interrupts;
        this.prompter = prompter;
        this.err = err;
    }

    /**
     * Follows a run until it finishes or the user stops waiting.
     *
     * @return the run as it stands at the end, and whether the user stopped waiting before it finished
     */
    @SuppressWarnings("try")
    public Outcome follow(Pcmops pcm, String runId, Progress progress) throws Exception {
        boolean abandoned;
        try (Interrupts.Registration ignored = interrupts.onInterrupt(() -> signals.add(Signal.INTERRUPTED));
             AutoCloseable watch = pcm.runs().watch(runId, event -> {
                 progress.update(event);
                 if (event.finished()) {
                     signals.add(Signal.FINISHED);
                 }
             })) {
            abandoned = waitForEnd(pcm, runId, progress);
        }
        progress.close();
        return new Outcome(pcm.runs().get(runId), abandoned);
    }

    private boolean waitForEnd(Pcmops pcm, String runId, Progress progress) throws InterruptedException {
        while (true) {
            switch (signals.take()) {
                case FINISHED -> {
                    return false;
                }
                case INTERRUPTED -> {
                    if (cancelRequested) {
                        say("stopped waiting; the cancel of run " + runId + " is stored and completes when the run "
                                + "is driven again");
                        return true;
                    }
                    onInterrupt(pcm, runId, progress);
                }
                case CANCEL -> cancel(pcm, runId, progress);
                case CONTINUE -> {
                    if (asking) {
                        asking = false;
                        say("continuing; the run goes on (Ctrl-C to be asked again)");
                        progress.resume();
                    }
                }
            }
        }
    }

    private void onInterrupt(Pcmops pcm, String runId, Progress progress) {
        progress.pause();
        if (asking || !prompter.interactive()) {
            cancel(pcm, runId, progress);
            return;
        }
        asking = true;
        Thread.ofVirtual().name("pcmops-cancel-question").start(() -> signals.add(
                prompter.confirm(err, "\nInterrupted. Cancel run " + runId + "?") ? Signal.CANCEL : Signal.CONTINUE));
    }

    private void cancel(Pcmops pcm, String runId, Progress progress) {
        asking = false;
        if (!cancelRequested) {
            cancelRequested = true;
            pcm.runs().cancel(runId);
            say("cancelling run " + runId + "; waiting for in-flight targets to stop (Ctrl-C again to stop waiting)");
        }
        progress.resume();
    }

    private void say(String text) {
        synchronized (err) {
            err.println(text);
            err.flush();
        }
    }

    /**
     * How following ended.
     *
     * @param run       the run at the end
     * @param abandoned whether the user stopped waiting before the run finished
     */
    public record Outcome(Run run, boolean abandoned) {
    }
}
