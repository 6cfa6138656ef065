package io.pcmops.internal.workflow.facts;

import io.pcmops.model.Condition;
import java.util.regex.Pattern;

/** Evaluates {@link Condition}s. */
public final class Conditions {

    private Conditions() {
    }

    public static boolean holds(Condition condition, Subject subject) {
        if (condition.all() != null) {
            return condition.all().stream().allMatch(c -> holds(c, subject));
        }
        if (condition.any() != null) {
            return condition.any().stream().anyMatch(c -> holds(c, subject));
        }
        String value = subject.value(condition.fact());
        if (condition.present() != null) {
            return condition.present() == (value != null);
        }
        if (condition.not() != null) {
            return !condition.not().equals(value);
        }
        return value != null && test(condition, value);
    }

    private static boolean test(Condition condition, String value) {
        if (condition.is() != null) {
            return condition.is().equals(value);
        }
        if (condition.in() != null) {
            return condition.in().contains(value);
        }
        if (condition.matches() != null) {
            return Pattern.compile(condition.matches(), Pattern.MULTILINE).matcher(value).find();
        }
        if (condition.contains() != null) {
            return value.contains(condition.contains());
        }
        Double number = number(value);
        if (number == null) {
            return false;
        }
        return condition.above() != null ? number > condition.above() : number < condition.below();
    }

    private static Double number(String value) {
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
