package io.pcmops.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pcmops.InvalidRequestException;
import java.util.Locale;

/** Where a change ticket stands. */
public enum ChangeStatus {
    NEW, APPROVED, IN_PROGRESS, COMPLETED, CANCELLED;

    /**
     * Parses {@code new}, {@code approved}, {@code in-progress}, {@code completed} or {@code cancelled}.
     *
     * @throws InvalidRequestException for other text
     */
    @JsonCreator
    public static ChangeStatus parse(String text) {
        String value = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ChangeStatus status : values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        throw new InvalidRequestException("unknown change status '" + text
                + "'; use new, approved, in-progress, completed or cancelled");
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
