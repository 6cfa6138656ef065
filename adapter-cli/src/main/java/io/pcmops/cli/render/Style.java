package io.pcmops.cli.render;

/**
 * ANSI styling, or none. States are coloured by how they ended. The text styled is cleaned of terminal control
 * sequences first ({@link TerminalText}), so only the styles given here reach the terminal.
 */
public final class Style {

    private static final String RESET = "\u001b[0m";

    private final boolean enabled;

    private Style(boolean enabled) {
        this.enabled = enabled;
    }

    public static Style of(boolean enabled) {
        return new Style(enabled);
    }

    public static Style plain() {
        return new Style(false);
    }

    public String bold(String text) {
        return wrap("\u001b[1m", text);
    }

    public String dim(String text) {
        return wrap("\u001b[2m", text);
    }

    public String red(String text) {
        return wrap("\u001b[31m", text);
    }

    public String green(String text) {
        return wrap("\u001b[32m", text);
    }

    public String yellow(String text) {
        return wrap("\u001b[33m", text);
    }

    /** Colours a state or status name: green for success, red for failures, yellow for the rest. */
    public String state(String name) {
        return switch (name) {
            case "SUCCESS", "SUCCEEDED", "VALID", "ONLINE" -> green(name);
            case "FAILED", "COMPLETED_WITH_FAILURES", "TIMED_OUT_EXECUTION", "INVALID", "EXPIRED" -> red(name);
            case "PENDING", "DISPATCHED", "IN_PROGRESS", "RUNNING" -> name;
            default -> yellow(name);
        };
    }

    private String wrap(String code, String text) {
        String clean = TerminalText.clean(text);
        return enabled && !clean.isEmpty() ? code + clean + RESET : clean;
    }
}
