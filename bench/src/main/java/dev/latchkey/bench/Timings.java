package dev.latchkey.bench;

import java.util.Arrays;

/** Wall-clock samples of one operation, in nanoseconds, with the order statistics we report. */
final class Timings {
    private long[] samples = new long[16];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    int count() {
        return size;
    }

    long median() {
        return quantile(0.5);
    }

    long p90() {
        return quantile(0.9);
    }

    long min() {
        return quantile(0);
    }

    long max() {
        return quantile(1);
    }

    /** Nearest-rank quantile; the median of an even count is the mean of the middle two. */
    long quantile(double q) {
        if (size == 0) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        if (q == 0.5 && size % 2 == 0) {
            return (sorted[size / 2 - 1] + sorted[size / 2]) / 2;
        }
        int index = (int) Math.ceil(q * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, index))];
    }

    /** "median 1.23 ms (min 1.01, p90 1.50, n=40)". */
    String summary() {
        return "median " + Durations.format(median()) + " (min " + Durations.format(min()) + ", p90 "
                + Durations.format(p90()) + ", max " + Durations.format(max()) + ", n=" + size + ")";
    }
}
