package io.pcmops.bench.http;

import java.util.Arrays;

/** Latency samples in microseconds, summarised as percentiles. */
final class Latencies {

    private long[] samples = new long[1 << 16];
    private int size;

    void add(long micros) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = micros;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.samples[i]);
        }
    }

    int size() {
        return size;
    }

    /** Returns the p-th percentile (0-100) in milliseconds. */
    double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.max(0, Math.ceil(p / 100.0 * size) - 1));
        return sorted[index] / 1000.0;
    }

    String summary() {
        return String.format("p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms", percentile(50), percentile(90),
                percentile(99), percentile(100));
    }
}
