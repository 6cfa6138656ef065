package io.pcmops.internal.security;

import io.pcmops.InvalidRequestException;

/** What a password must look like: 12 to 1024 characters (code points, as the API document's lengths count). */
public final class PasswordPolicy {

    /** Shortest password accepted. */
    public static final int MIN_LENGTH = 12;
    /** Longest password accepted (and the longest one a sign-in hashes). */
    public static final int MAX_LENGTH = 1024;

    private PasswordPolicy() {
    }

    /**
     * Returns the password when it meets the policy.
     *
     * @param field the name of the field, for the message
     * @throws InvalidRequestException naming the field when it is too short or too long
     */
    public static String check(String field, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidRequestException(field + " must have at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidRequestException(field + " must have at most " + MAX_LENGTH + " characters");
        }
        return password;
    }
}
