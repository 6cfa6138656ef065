package io.pcmops.cli.follow;

import io.pcmops.Pcmops;
import io.pcmops.StoreUnavailableException;
import io.pcmops.cli.env.Interrupts;
import io.pcmops.cli.support.Prompter;
import io.pcmops.model.Run;
import java.io.PrintWriter;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Takes over Ctrl-C for a command that runs something, asks its questions, and waits for a run to finish while
 * showing its progress.
 *
 * <p>It listens from before the run starts, so no Ctrl-C is lost. At the confirmation question, Ctrl-C means no.
 * While following, the first Ctrl-C asks (on a terminal) whether to cancel the run; "no" keeps waiting; without a
 * terminal to ask on, it cancels. A Ctrl-C while the question is open cancels. Once a cancel is requested, the run
 * is followed until the engine has cancelled it; another Ctrl-C then stops waiting (the cancel request is stored,
 * so whichever process drives the run next completes it). The signal handler only queues a signal; the waiting
 * thread decides, and answers are read on their own thread, so a Ctrl-C is never stuck behind a blocked read. When
 * the store cannot be written (a full disk), following fails at once with a {@link StoreUnavailableException}.
 */
public final class RunFollower implements AutoCloseable {

    private enum Signal { FINISHED, STORE_FAILED, INTERRUPTED, YES, NO }

    private final Prompter prompter;
    private final PrintWriter err;
    private final BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
    private final Interrupts.Registration registration;
    private boolean asking;
    private boolean cancelRequested;
    private volatile String storeProblem;

    private RunFollower(Interrupts interrupts, Prompter prompter, PrintWriter err) {
        this.prompter = prompter;
        this.err = err;
        this.registration = interrupts.onInterrupt(() -> signals.add(Signal.INTERRUPTED));
    }

    /** Starts listening for Ctrl-C; close to give it back. */
    public static RunFollower listening(Interrupts interrupts, Prompter prompter, PrintWriter err) {
        return new RunFollower(interrupts, prompter, err);
    }

    /** Asks a yes/no question on the terminal; Ctrl-C or end of input is no. */
    public boolean confirm(String question) throws InterruptedException {
        ask(question);
        Signal answer = signals.take();
        if (answer == Signal.INTERRUPTED) {
            say("");
        }
        return answer == Signal.YES;
    }

    /**
     * Follows a run until it finishes or the user stops waiting.
     *
     * @return the run as it stands at the end, and whether the user stopped waiting before it finished
     */
    @SuppressWarnings("try")
    public Outcome follow(Pcmops pcm, String runId, Progress progress) throws Exception {
        boolean abandoned;
        try (AutoCloseable watch = pcm.runs().watch(runId, event -> {
            progress.update(event);
            if (event.finished()) {
                signals.add(Signal.FINISHED);
            } else if (event.storeProblem() != null) {
                storeProblem = event.storeProblem();
                signals.add(Signal.STORE_FAILED);
            }
        })) {
            abandoned = waitForEnd(pcm, runId, progress);
        }
        progress.close();
        return new Outcome(pcm.runs().get(runId), abandoned);
    }

    @Override
    public void close() {
        registration.close();
    }

    private boolean waitForEnd(Pcmops pcm, String runId, Progress progress) throws InterruptedException {
        while (true) {
            switch (signals.take()) {
                case FINISHED -> {
                    return false;
                }
                case STORE_FAILED -> {
                    progress.close();
                    throw new StoreUnavailableException(storeProblem + ". Run " + runId + " stays as stored; it "
                            + "resumes, losing no result the provider kept, once the store can be written: "
                            + "pcmops runs watch " + runId, null);
                }
                case INTERRUPTED -> {
                    if (cancelRequested) {
                        say("stopped waiting; the cancel of run " + runId + " is stored and completes when the run "
                                + "is driven again");
                        return true;
                    }
                    onInterrupt(pcm, runId, progress);
                }
                case YES -> cancel(pcm, runId, progress);
                case NO -> keepGoing(progress);
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
        ask("\nInterrupted. Cancel run " + runId + "?");
    }

    private void keepGoing(Progress progress) {
        if (asking) {
            asking = false;
            say("continuing; the run goes on (Ctrl-C to be asked again)");
            progress.resume();
        }
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

    private void ask(String question) {
        Thread.ofVirtual().name("pcmops-question").start(() ->
                signals.add(prompter.confirm(err, question) ? Signal.YES : Signal.NO));
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
