package io.pcmops.internal.util;

import java.security.SecureRandom;
import java.time.Clock;

/** Short, time-ordered, random ids such as {@code r-0k3x9m2p7q4wz8}: a prefix, 10 time and 6 random characters. */
public final class Ids {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** Returns a new id with the given prefix, ordered by creation time. */
    public static String next(String prefix, Clock clock) {
        char[] text = new char[16];
        long millis = clock.millis();
        for (int i = 9; i >= 0; i--) {
            text[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        for (int i = 10; i < 16; i++) {
            text[i] = ALPHABET[RANDOM.nextInt(32)];
        }
        return prefix + "-" + new String(text);
    }
}
