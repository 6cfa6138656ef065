package io.pcmops.internal.workflow.definition;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** Converts between Jackson's reference paths, JSON Pointers and the dotted field paths shown to users. */
final class FieldPaths {

    private FieldPaths() {
    }

    static String pointer(List<Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (Reference reference : path) {
            pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName()
                    : Integer.toString(reference.getIndex()));
        }
        return pointer.toString();
    }

    /** {@code /steps/1/gate} → {@code steps[1].gate}. */
    static String fromPointer(String pointer) {
        StringBuilder field = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                field.append('[').append(part).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(part);
            }
        }
        return field.toString();
    }
}
