package io.pcmops.model;

/**
 * One fact of one target, before and after.
 *
 * @param fact       fact name
 * @param difference how it compares
 * @param before     value before, or {@code null}
 * @param after      value after, or {@code null}
 */
public record FactChange(String fact, Difference difference, String before, String after) {
}
