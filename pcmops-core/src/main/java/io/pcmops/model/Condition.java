package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.List;

/**
 * A test over one target's facts. Either a combination ({@code all} or {@code any} of other conditions) or a test of
 * one {@code fact} with exactly one operator. {@code fact} may also be {@code $exitCode} (the script's exit code) or
 * {@code $state} (the invocation state, e.g. {@code SUCCESS}).
 *
 * <p>A missing fact satisfies only {@code not} and {@code present: false}. {@code above} and {@code below} compare
 * numbers and are false for text that is not a number.
 *
 * @param fact     the fact tested
 * @param is       equal to this text
 * @param not      different from this text (or missing)
 * @param in       equal to one of these
 * @param matches  a regular expression found in the value
 * @param contains a substring of the value
 * @param above    a number greater than this
 * @param below    a number smaller than this
 * @param present  whether the fact exists
 * @param all      every one of these holds
 * @param any      at least one of these holds
 */
public record Condition(String fact, String is, String not, List<String> in, String matches, String contains,
                        Double above, Double below, Boolean present, List<Condition> all, List<Condition> any) {

    public Condition {
        in = in == null ? null : List.copyOf(in);
        all = all == null ? null : List.copyOf(all);
        any = any == null ? null : List.copyOf(any);
        int operators = count(is, not, in, matches, contains, above, below, present);
        int combinations = count(all, any);
        if (combinations > 1 || (combinations == 1 && (fact != null || operators > 0))) {
            throw new InvalidRequestException("a condition is either 'all', 'any', or one fact test");
        }
        if (combinations == 0 && (fact == null || fact.isBlank() || operators != 1)) {
            throw new InvalidRequestException("a fact test names a 'fact' and exactly one of is, not, in, matches, "
                    + "contains, above, below, present");
        }
        Patterns.check("matches", matches);
    }

    /** Returns {@code fact} equal to {@code value}. */
    public static Condition equal(String fact, String value) {
        return new Condition(fact, value, null, null, null, null, null, null, null, null, null);
    }

    /** Returns {@code fact} different from {@code value} or missing. */
    public static Condition notEqual(String fact, String value) {
        return new Condition(fact, null, value, null, null, null, null, null, null, null, null);
    }

    private static int count(Object... values) {
        int count = 0;
        for (Object value : values) {
            count += value == null ? 0 : 1;
        }
        return count;
    }
}
