package io.pcmops.examples.ssh;

import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.ScriptRendering;

/**
 * One script run on one host, as files in a folder there: the script, a wrapper that records its pid and start
 * time first and its exit code last, the two output files, and markers for a kill on cancel or timeout. The job runs
 * detached (its own session), so it outlives the SSH connection and this process; anyone can collect it later.
 *
 * @param host   the host
 * @param folder the job's folder on the host ({@code <remoteDirectory>/<runId>/<unitId>})
 */
record RemoteJob(SshHost host, String folder) {

    private static final String WRAPPER = """
            echo $$ > pid.tmp && mv pid.tmp pid
            date +%s > started
            cd work || exit 126
            sh ../script.sh > ../stdout 2> ../stderr < /dev/null
            code=$?
            echo "$code" > ../exitcode.tmp && mv ../exitcode.tmp ../exitcode
            """;

    /** Returns the job of a unit on a host. */
    static RemoteJob of(SshHost host, String remoteDirectory, DispatchUnit unit) {
        return new RemoteJob(host, remoteDirectory + "/" + unit.runId() + "/" + unit.unitId());
    }

    /** Returns the provider reference: {@code ssh://user@host:port/folder}. */
    String reference() {
        return "ssh://" + host.address() + "/" + folder;
    }

    /** The command that writes the script (given on standard input) into a fresh job folder. */
    String uploadCommand() {
        return "mkdir -p " + quoted() + "/work && cat > " + quoted() + "/script.sh";
    }

    /** The script text the job runs. */
    static String scriptText(DispatchUnit unit) {
        return ScriptRendering.posix(unit.script());
    }

    /**
     * The command that starts the job once: {@code mkdir launched} is the atomic "sent" mark that {@link #found}
     * checks, so a unit is never started twice. Prints {@code launched} or {@code already}.
     */
    String launchCommand() {
        return "cd " + quoted() + " && if mkdir launched 2>/dev/null; then\ncat > wrapper.sh <<'PCMOPS_WRAPPER'\n"
                + WRAPPER + "PCMOPS_WRAPPER\nsetsid sh wrapper.sh < /dev/null > /dev/null 2>&1 &\necho launched\n"
                + "else echo already; fi";
    }

    /** The command whose output says whether the job was started: {@code yes} or {@code no}. */
    String foundCommand() {
        return "if [ -d " + quoted() + "/launched ]; then echo yes; else echo no; fi";
    }

    /** The command that prints one {@link JobStatus} line. */
    String statusCommand() {
        return "cd " + quoted() + " 2>/dev/null || { echo missing; exit 0; }\n"
                + "if [ -f exitcode ]; then s=done; elif [ ! -f pid ]; then s=starting; "
                + "elif kill -0 \"$(cat pid)\" 2>/dev/null; then s=running; else s=dead; fi\n"
                + "echo \"$s $(cat exitcode 2>/dev/null || echo -) $(date +%s) $(cat started 2>/dev/null || echo -) "
                + "$(stat -c %Y exitcode 2>/dev/null || echo -) $(wc -c < stdout 2>/dev/null || echo 0) "
                + "$(wc -c < stderr 2>/dev/null || echo 0) $([ -f cancelled ] && echo cancelled || echo -) "
                + "$([ -f timed-out ] && echo timed-out || echo -)\"";
    }

    /** The command that prints the job's standard output on its own, and its standard error on its own. */
    String outputCommand(int maxBytes) {
        return "cd " + quoted() + " && head -c " + maxBytes + " stdout; head -c " + maxBytes + " stderr 1>&2";
    }

    /** The command that marks why a job is stopped and kills its whole process group, unless it finished. */
    String killCommand(String marker) {
        return "cd " + quoted() + " && [ ! -f exitcode ] && [ -f pid ] && date +%s > " + marker
                + " && kill -TERM -\"$(cat pid)\" 2>/dev/null; sleep 1; [ -f exitcode ] || "
                + "kill -KILL -\"$(cat pid)\" 2>/dev/null; true";
    }

    private String quoted() {
        return ScriptRendering.shellQuote(folder);
    }
}
