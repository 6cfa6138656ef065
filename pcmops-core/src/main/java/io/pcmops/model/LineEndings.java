package io.pcmops.model;

/** Normalises script text to Unix line endings. */
final class LineEndings {

    private LineEndings() {
    }

    /** Replaces {@code \r\n} and lone {@code \r} with {@code \n}. */
    static String normalize(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
