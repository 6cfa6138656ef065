package io.pcmops.examples.aws;

/** A count with its noun: {@code 1 target}, {@code 3 targets}. */
final class Counts {

    private Counts() {
    }

    static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
