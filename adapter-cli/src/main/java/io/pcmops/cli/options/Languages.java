package io.pcmops.cli.options;

import io.pcmops.model.ScriptLanguage;
import java.nio.file.Path;
import java.util.Locale;

/** Guesses a script's language from its file name. */
public final class Languages {

    private Languages() {
    }

    /** Returns powershell for {@code .ps1}, python for {@code .py}, else shell. */
    public static ScriptLanguage fromFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ps1")) {
            return ScriptLanguage.POWERSHELL;
        }
        return name.endsWith(".py") ? ScriptLanguage.PYTHON : ScriptLanguage.SHELL;
    }
}
