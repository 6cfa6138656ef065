package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks regular expressions given in workflow definitions. */
final class Patterns {

    private Patterns() {
    }

    static void check(String field, String regex) {
        if (regex == null) {
            return;
        }
        try {
            Pattern.compile(regex, Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            throw new InvalidRequestException(field + " is not a valid regular expression: " + e.getDescription());
        }
    }
}
