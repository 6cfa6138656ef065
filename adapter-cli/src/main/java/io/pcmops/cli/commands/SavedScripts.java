package io.pcmops.cli.commands;

import io.pcmops.Pcmops;
import io.pcmops.model.ScriptChoice;

/** Checks early that a saved script named on the command line exists, before any plan or question. */
final class SavedScripts {

    private SavedScripts() {
    }

    static void check(Pcmops pcm, ScriptChoice choice) {
        if (choice.saved() == null) {
            return;
        }
        if (choice.version() == null) {
            pcm.scripts().get(choice.saved());
        } else {
            pcm.scripts().get(choice.saved(), choice.version());
        }
    }
}
