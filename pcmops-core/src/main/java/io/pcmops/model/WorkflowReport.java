package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.Locale;

/** Which report of a workflow run to write. */
public enum WorkflowReport {
    /** Every step, every target: verdict, reasons, facts and output. */
    FULL,
    /** The output of the definition's final-report step, split into its sections. */
    FINAL;

    /**
     * Parses {@code full} or {@code final}, ignoring case.
     *
     * @throws InvalidRequestException for other text
     */
    public static WorkflowReport parse(String text) {
        String value = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "FULL" -> FULL;
            case "FINAL" -> FINAL;
            default -> throw new InvalidRequestException("unknown report '" + text + "'; use full or final");
        };
    }
}
