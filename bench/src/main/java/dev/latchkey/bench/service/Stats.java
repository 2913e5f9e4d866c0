package dev.latchkey.bench.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Median and 90th percentile of timings, in nanoseconds. */
record Stats(long median, long p90, int count) {
    static Stats of(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Stats(sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, sorted.size() * 9 / 10)),
                sorted.size());
    }

    static String format(long nanos) {
        if (nanos >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
        }
        if (nanos >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.0f µs", nanos / 1e3);
    }
}
