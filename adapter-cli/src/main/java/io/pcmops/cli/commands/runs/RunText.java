package io.pcmops.cli.commands.runs;

import io.pcmops.model.Run;

/** Short descriptions of runs for tables. */
final class RunText {

    private RunText() {
    }

    /** Returns the saved script's {@code name@version}, or the language and the start of the hash. */
    static String script(Run run) {
        if (run.scriptName() != null) {
            return run.scriptName();
        }
        String hash = run.scriptHash() == null ? "" : run.scriptHash();
        return (run.scriptLanguage() == null ? "" : run.scriptLanguage().id()) + " "
                + hash.substring(0, Math.min(12, hash.length()));
    }
}
