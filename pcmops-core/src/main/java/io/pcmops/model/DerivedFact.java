package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.List;

/**
 * A fact computed from another fact: the first group of {@code pattern} found in it, or the value of the first
 * {@code cases} entry whose pattern is found in it. When the source is absent or nothing matches, the derived fact
 * takes the value of the fact {@code orElse} (if given and present), else it is absent.
 *
 * @param from    name of the source fact
 * @param pattern a regular expression with one capturing group, or {@code null} when {@code cases} are given
 * @param cases   pattern → value table, tried in order
 * @param orElse  fact whose value is used when nothing matches, or {@code null}
 */
public record DerivedFact(String from, String pattern, List<Case> cases, String orElse) {

    public DerivedFact {
        if (from == null || from.isBlank()) {
            throw new InvalidRequestException("a derived fact needs 'from', the fact it is computed from");
        }
        cases = cases == null ? List.of() : List.copyOf(cases);
        if ((pattern == null) == cases.isEmpty()) {
            throw new InvalidRequestException("a derived fact has either 'pattern' or 'cases'");
        }
        Patterns.check("pattern", pattern);
    }

    /**
     * One row of a derivation table.
     *
     * @param pattern regular expression looked for in the source fact
     * @param value   value of the derived fact when it is found
     */
    public record Case(String pattern, String value) {

        public Case {
            if (pattern == null || value == null) {
                throw new InvalidRequestException("a case needs a 'pattern' and a 'value'");
            }
            Patterns.check("pattern", pattern);
        }
    }
}
