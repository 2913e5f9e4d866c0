package dev.latchkey.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

/**
 * CPU time of this whole process (all threads, JIT and GC included) and the machine's load,
 * so a wall-clock figure taken on a busy shared machine can be read for what it is.
 */
final class CpuClock {
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private CpuClock() {
    }

    /** Process CPU nanoseconds so far, or -1 when the JVM cannot tell. */
    static long processCpuNanos() {
        return OS instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    static String load() {
        return String.format(Locale.ROOT, "load average %.2f on %d cores", OS.getSystemLoadAverage(),
                OS.getAvailableProcessors());
    }
}
