package io.pcmops.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pcmops.InvalidRequestException;
import java.util.Locale;

/** What a workflow step concluded about one target. */
public enum Verdict {
    /** Every rule was satisfied. */
    PASS,
    /** A warning rule fired; the target may still go on (see {@link FlowRule#verdicts()}). */
    WARN,
    /** The step failed on the target: a failure rule fired, the script failed, or it did not run. */
    FAIL,
    /** The target did not run the step because a person skipped its group at the gate. */
    SKIPPED;

    /**
     * Parses a verdict name, ignoring case.
     *
     * @throws InvalidRequestException for an unknown name
     */
    @JsonCreator
    public static Verdict parse(String text) {
        String value = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (Verdict verdict : values()) {
            if (verdict.name().equals(value)) {
                return verdict;
            }
        }
        throw new InvalidRequestException("unknown verdict '" + text + "'; use PASS, WARN, FAIL or SKIPPED");
    }

    /** Returns the upper-case name used in JSON and reports. */
    @JsonValue
    public String id() {
        return name();
    }
}
