package dev.latchkey.bench;

import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.settings.LatchkeyHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The window's first run, "Create your login keychain": {@code KeychainService.createUnlocked}
 * (one key derivation) beside the earlier {@code create} then {@code unlock} (two), measured
 * alternately in one process, each in a fresh service and folder, so the KDF calibration a new
 * process pays is in both. Prints the medians and their ratio.
 * <pre>java -cp bench/target/latchkey-bench.jar dev.latchkey.bench.FirstRunBenchmark [--runs N] [--kdf-ms N]</pre>
 */
public final class FirstRunBenchmark {
    private static final char[] PASSWORD = "bench: correct horse battery staple".toCharArray();

    private FirstRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        long kdfMillis = 700;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--kdf-ms" -> kdfMillis = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("usage: FirstRunBenchmark [--runs N] [--kdf-ms N]");
            }
        }
        Duration kdf = Duration.ofMillis(kdfMillis);
        firstRun(kdf, true); // warm-up: class loading and JIT for both paths
        firstRun(kdf, false);
        List<Long> before = new ArrayList<>();
        List<Long> after = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            before.add(firstRun(kdf, true));
            after.add(firstRun(kdf, false));
        }
        long b = median(before);
        long a = median(after);
        System.out.printf("First run, KDF target %d ms, %d runs each, Java %s, %s%n", kdfMillis, runs,
                System.getProperty("java.version"), CpuClock.load());
        System.out.printf("  create, then unlock:  median %s (%s)%n", Durations.format(b), all(before));
        System.out.printf("  createUnlocked:       median %s (%s)%n", Durations.format(a), all(after));
        System.out.printf("  ratio createUnlocked / create+unlock: %.2f, saved %s%n", (double) a / b,
                Durations.format(b - a));
    }

    /** One first run in a fresh folder and service; its wall time in nanoseconds. */
    private static long firstRun(Duration kdf, boolean createThenUnlock) throws Exception {
        Path home = Files.createTempDirectory("latchkey-first-run");
        try (KeychainService service = new KeychainService(new LatchkeyHome(home), kdf, Clock.systemUTC())) {
            long start = System.nanoTime();
            if (createThenUnlock) {
                KeychainRef ref = service.create(KeychainService.LOGIN, PASSWORD);
                service.unlock(ref, PASSWORD);
            } else {
                service.createUnlocked(KeychainService.LOGIN, PASSWORD);
            }
            long took = System.nanoTime() - start;
            service.lockAll();
            return took;
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String all(List<Long> values) {
        return String.join(", ", values.stream().map(Durations::format).toList());
    }
}
