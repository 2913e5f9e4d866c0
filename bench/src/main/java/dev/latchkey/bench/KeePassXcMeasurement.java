package dev.latchkey.bench;

import dev.latchkey.crypto.kdf.KdfParameters;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * keepassxc-cli on a KDBX 4 database of the same items, with Argon2id at Latchkey's memory and
 * lanes and the iteration count that makes one keepassxc derivation take about as long as one
 * Latchkey derivation. keepassxc uses the reference libargon2 (two threads for two lanes);
 * Latchkey uses Bouncy Castle (lanes one after another), so equal time needs more iterations
 * on the keepassxc side.
 */
final class KeePassXcMeasurement {
    private static final int CALIBRATION_LOW = 3;
    private static final int CALIBRATION_HIGH = 23;
    private static final int CALIBRATION_RUNS = 5;

    /**
     * @param perIterationNanos one Argon2id pass over the memory in keepassxc-cli, measured
     * @param startNanos process start and opening a one-entry file, with no KDF (extrapolated)
     */
    record Calibration(long perIterationNanos, long startNanos) {
        long derivationNanos(int iterations) {
            return perIterationNanos * iterations;
        }
    }

    record Result(KdfParameters kdf, Calibration calibration, String reportedKdf,
            Map<FreshProcessMeasurement.Operation, FreshProcessMeasurement.Figures> figures) {
    }

    private final KdbxDatabase kdbx;
    private final TimedProcess processes;
    private final char[] password;
    private final PrintStream log;

    KeePassXcMeasurement(KdbxDatabase kdbx, TimedProcess processes, char[] password, PrintStream log) {
        this.kdbx = kdbx;
        this.processes = processes;
        this.password = password;
        this.log = log;
    }

    /** keepassxc-cli's version, or null when it is not installed. */
    static String version(TimedProcess processes) throws InterruptedException {
        try {
            TimedProcess.Outcome o = processes.run(List.of(KeePassXcCommands.CLI, "--version"), null);
            return o.exitCode() == 0 ? o.stdout().strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    Result run(Workload workload, KdfParameters latchkeyKdf, long latchkeyDerivationNanos, int runs)
            throws IOException, InterruptedException {
        int memory = latchkeyKdf.memoryKiB();
        int lanes = latchkeyKdf.parallelism();
        List<SampleItem> one = List.of(workload.lookups().get(0));
        Calibration c = calibrate(one, memory, lanes);
        int iterations = (int) Math.max(CALIBRATION_LOW, Math.round((double) latchkeyDerivationNanos
                / c.perIterationNanos()));
        KdfParameters kdf = new KdfParameters(memory, iterations, lanes);
        log.printf("  keepassxc-cli Argon2id: %s per iteration at %d MiB, so t=%d for %s (Latchkey: %s)%n",
                Durations.format(c.perIterationNanos()), memory / 1024, iterations,
                Durations.format(c.derivationNanos(iterations)), Durations.format(latchkeyDerivationNanos));

        Path small = kdbx.write("small", one, password, iterations, memory, lanes);
        log.printf("  writing %,d entries with pykeepass (not timed)%n", workload.items().size());
        Path large = kdbx.write("large", workload.items(), password, iterations, memory, lanes);
        String reported = reportedKdf(small);
        log.println("  keepassxc-cli db-info: " + reported);

        var figures = new FreshProcessMeasurement(new KeePassXcCommands(password), processes, log)
                .run(large.toString(), small.toString(), workload, runs, false);
        return new Result(kdf, c, reported, figures);
    }

    /**
     * Times opening a one-entry database at two iteration counts; the slope is the cost of one
     * iteration, the intercept process start plus opening.
     */
    private Calibration calibrate(List<SampleItem> one, int memory, int lanes) throws IOException, InterruptedException {
        Path low = kdbx.write("calibrate-low", one, password, CALIBRATION_LOW, memory, lanes);
        Path high = kdbx.write("calibrate-high", one, password, CALIBRATION_HIGH, memory, lanes);
        Timings lowTimes = new Timings();
        Timings highTimes = new Timings();
        timeOpen(low);
        for (int r = 0; r < CALIBRATION_RUNS; r++) {
            lowTimes.add(timeOpen(low));
            highTimes.add(timeOpen(high));
        }
        long perIteration = (highTimes.median() - lowTimes.median()) / (CALIBRATION_HIGH - CALIBRATION_LOW);
        if (perIteration <= 0) {
            throw new IllegalStateException("keepassxc-cli calibration failed: t=" + CALIBRATION_HIGH
                    + " was not slower than t=" + CALIBRATION_LOW);
        }
        return new Calibration(perIteration, lowTimes.median() - perIteration * CALIBRATION_LOW);
    }

    private long timeOpen(Path db) throws IOException, InterruptedException {
        KeePassXcCommands cli = new KeePassXcCommands(password);
        List<String> command = cli.open(db.toString());
        return processes.run(command, cli.stdin()).requireSuccess(command).nanos();
    }

    /** The KDF line of {@code keepassxc-cli db-info}, to show what keepassxc itself reads. */
    private String reportedKdf(Path db) throws IOException, InterruptedException {
        List<String> command = List.of(KeePassXcCommands.CLI, "db-info", "-q", db.toString());
        String out = processes.run(command, new String(password) + "\n").requireSuccess(command).stdout();
        return out.lines().filter(l -> l.startsWith("KDF:")).findFirst().orElse("(no KDF line)");
    }
}
