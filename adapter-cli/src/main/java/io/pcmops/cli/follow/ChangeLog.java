package io.pcmops.cli.follow;

import io.pcmops.cli.render.Style;
import io.pcmops.cli.render.TerminalText;
import io.pcmops.model.RunEvent;
import java.io.PrintWriter;

/** Prints one line per finished target (for {@code runs watch} when standard error is not a terminal). */
final class ChangeLog implements Progress {

    private final PrintWriter out;
    private final Style style;

    ChangeLog(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    @Override
    public void update(RunEvent event) {
        for (RunEvent.Change change : event.changes()) {
            if (change.state().terminal()) {
                out.println(TerminalText.clean(change.target().label()) + "  " + style.state(change.state().name())
                        + (change.exitCode() == null ? "" : "  exit " + change.exitCode())
                        + (change.reason() == null ? "" : "  " + TerminalText.clean(change.reason())));
            }
        }
        out.flush();
    }
}
