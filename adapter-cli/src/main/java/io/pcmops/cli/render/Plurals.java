package io.pcmops.cli.render;

/** Counts with their noun: {@code 1 target}, {@code 2 targets}. */
public final class Plurals {

    private Plurals() {
    }

    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
