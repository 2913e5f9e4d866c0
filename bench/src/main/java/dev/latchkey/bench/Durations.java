package dev.latchkey.bench;

import java.util.Locale;

/** Formats nanosecond figures in s, ms or µs, whichever reads best. */
final class Durations {
    private Durations() {
    }

    static String format(long nanos) {
        double abs = Math.abs((double) nanos);
        if (abs >= 1e9) {
            return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
        }
        if (abs >= 1e6) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        if (abs >= 1e3) {
            return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
        }
        return nanos + " ns";
    }
}
