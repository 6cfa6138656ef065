package io.pcmops.bench;

import java.util.Arrays;

/** Prints benchmark figures in one consistent form. */
public final class Figures {

    private Figures() {
    }

    /** Returns the median of the values. */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Prints a figure line: name, value, unit. */
    public static void print(String name, double value, String unit) {
        System.out.printf("%-55s %12.1f %s%n", name, value, unit);
    }

    /** Returns the JVM's peak resident memory (VmHWM) in MiB, or -1 where /proc is missing. */
    public static double peakRssMib() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }
}
