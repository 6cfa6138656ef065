package io.pcmops.aws.testkit;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The script processes that are running, each the leader of its own process group, so they can all be killed. */
final class ProcessTracker {

    private final Set<Process> running = ConcurrentHashMap.newKeySet();

    void add(Process process) {
        running.add(process);
    }

    void remove(Process process) {
        running.remove(process);
    }

    int count() {
        return running.size();
    }

    void killAll() {
        running.forEach(ProcessTracker::killGroup);
    }

    /** Sends SIGKILL to the process group led by the process (it ran under {@code setsid}), then to the process. */
    static void killGroup(Process process) {
        try {
            new ProcessBuilder("kill", "-KILL", "--", "-" + process.pid())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            // fall through to destroyForcibly
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }
}
