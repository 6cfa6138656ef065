package io.pcmops.internal.workflow.definition;

/** A fault found in a parsed definition, at a JSON Pointer of its source. */
final class DefinitionError extends RuntimeException {

    private final String pointer;

    DefinitionError(String pointer, String message) {
        super(message, null, false, false);
        this.pointer = pointer;
    }

    String pointer() {
        return pointer;
    }
}
