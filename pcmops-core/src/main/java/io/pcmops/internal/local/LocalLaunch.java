package io.pcmops.internal.local;

import io.pcmops.model.ScriptLanguage;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.ScriptRendering;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Prepares and starts one unit's script. The wrapper runs in the unit's control folder, detached from this JVM in a
 * session of its own. Its first step is to claim {@code running}; it then runs the script in the script's working
 * directory (as the run-as account, if one is set), keeping at most the output cap of each stream on disk and
 * counting the rest, waits until both streams are read to the end, and writes the exit code last.
 */
final class LocalLaunch {

    private LocalLaunch() {
    }

    /**
     * Writes the script into a fresh working directory and a wrapper, under a name of its own, into the control
     * folder.
     *
     * @param workDirectory the script's folder, outside the data directory
     * @param wrapper       the wrapper's file name in the control folder
     */
    record Prepared(Path workDirectory, String wrapper) {
    }

    static Prepared prepare(LocalJob job, DispatchUnit unit, LocalSettings settings, Optional<RunAsAccount> account) {
        boolean powerShell = unit.script().language() == ScriptLanguage.POWERSHELL;
        String scriptFile = powerShell ? "script.ps1" : "script.sh";
        String text = powerShell ? ScriptRendering.powerShell(unit.script()) : ScriptRendering.posix(unit.script());
        Path work = WorkDirectory.create(settings.workDirectory(), "pcmops-" + unit.runId() + "-" + unit.unitId() + "-",
                scriptFile, text, account);
        String interpreter = powerShell ? "pwsh -NoLogo -NoProfile -NonInteractive -File ../" + scriptFile
                : "sh ../" + scriptFile;
        String run = account.map(a -> String.join(" ", a.command()) + " ").orElse("") + interpreter;
        String wrapper = "wrapper-" + UUID.randomUUID() + ".sh";
        job.write(wrapper, wrapperText(work.resolve("work"), run, settings.maxOutputBytes()));
        return new Prepared(work, wrapper);
    }

    /** Starts the wrapper in its own session, detached from this JVM's standard streams. */
    static Process start(LocalJob job, Prepared prepared, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = LocalHost.which("setsid").isPresent()
                ? new ProcessBuilder("setsid", "sh", prepared.wrapper()) : new ProcessBuilder("sh", prepared.wrapper());
        builder.directory(job.folder().toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static String wrapperText(Path work, String run, int cap) {
        return String.join("\n",
                "echo $$ > running.$$ || exit 0",
                "if ! ln running.$$ " + LocalJob.RUNNING + " 2>/dev/null; then rm -f running.$$; exit 0; fi",
                "rm -f running.$$ out.pipe err.pipe",
                "mkfifo out.pipe err.pipe || exit 0",
                capture(LocalJob.STDOUT, "out.pipe", cap),
                capture(LocalJob.STDERR, "err.pipe", cap),
                "(cd " + ScriptRendering.shellQuote(work.toString()) + " && exec " + run
                        + ") > out.pipe 2> err.pipe < /dev/null",
                "code=$?",
                "wait",
                "rm -f out.pipe err.pipe",
                "echo \"$code\" > exitcode.tmp && mv exitcode.tmp " + LocalJob.EXIT_CODE,
                "");
    }

    private static String capture(String file, String pipe, int cap) {
        return "{ head -c " + cap + " > " + file + "; wc -c > " + file + ".more; } < " + pipe + " &";
    }
}
