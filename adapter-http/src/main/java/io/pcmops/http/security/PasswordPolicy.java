package io.pcmops.http.security;

import io.pcmops.http.web.HttpProblem;
import java.util.Map;

/** What a new password must look like. */
public final class PasswordPolicy {

    /** Shortest password accepted. */
    public static final int MIN_LENGTH = 12;
    private static final int MAX_LENGTH = 1024;

    private PasswordPolicy() {
    }

    /** Fails with a 400 naming the field when the password is too short or too long (in characters). */
    public static String check(String field, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw HttpProblem.badRequest(field + " must have at least " + MIN_LENGTH + " characters",
                    Map.of("field", field));
        }
        if (length > MAX_LENGTH) {
            throw HttpProblem.badRequest(field + " must have at most " + MAX_LENGTH + " characters",
                    Map.of("field", field));
        }
        return password;
    }
}
