package io.pcmops.cli.render;

/**
 * What a removal command prints: {@code {"removed": {"kind": ..., "id": ...}}} as JSON.
 *
 * @param kind what was removed, e.g. {@code script}
 * @param id   its name or id
 */
public record Removal(String kind, String id) {

    /** Prints that a thing was removed. */
    public static void print(Printer printer, String kind, String id) {
        Removal removal = new Removal(kind, id);
        printer.print(java.util.Map.of("removed", removal), Table.of("REMOVED", "ID").row(kind, id),
                text -> text.println("removed " + kind + " " + TerminalText.clean(id)));
    }
}
