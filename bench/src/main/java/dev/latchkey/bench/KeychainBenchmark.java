package dev.latchkey.bench;

import dev.latchkey.bench.FreshProcessMeasurement.Figures;
import dev.latchkey.bench.FreshProcessMeasurement.Operation;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.settings.LatchkeyHome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue 2's performance figures for a keychain of 100,000 items, beside keepassxc-cli on a
 * KDBX 4 database of the same items with a comparable Argon2id cost, all in one run.
 *
 * <p>A main-class harness rather than JMH: the operations are whole-keychain ones (one 20 s
 * batch insert, unlocks that cost a KDF each), they share a 100,000-item fixture that takes
 * tens of seconds to build, and half the figures come from timing other processes
 * (keepassxc-cli, and Latchkey in a fresh JVM); JMH's forks would rebuild the fixture per
 * benchmark and its reports cannot hold the peer's figures or the ratios. The micro-level
 * figures (find, search) are warmed up and reported as medians of many samples.
 */
public final class KeychainBenchmark {
    /** Password of the benchmark's own throw-away keychains and databases. */
    private static final char[] PASSWORD = "bench: correct horse battery staple".toCharArray();
    private static final String LARGE = "bench-large";
    private static final String SMALL = "bench-small";

    private final BenchOptions options;
    private final Path work;
    private final PrintStream log = System.out;

    private KeychainBenchmark(BenchOptions options, Path work) {
        this.options = options;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        if (List.of(args).contains("--help")) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        boolean temporary = options.work() == null;
        Path work = temporary ? Files.createTempDirectory("latchkey-bench") : options.work();
        Files.createDirectories(work);
        boolean pass;
        try {
            pass = new KeychainBenchmark(options, work).run();
        } finally {
            if (temporary) {
                deleteTree(work);
            }
        }
        System.exit(pass ? 0 : 1);
    }

    private boolean run() throws Exception {
        log.printf("Latchkey benchmark: %,d items, Java %s, %s, %s; work folder %s%n", options.items(),
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                CpuClock.load(), work);
        List<SampleItem> items = SampleData.generate(options.items(), options.seed());
        Workload workload = Workload.of(items, options.seed());
        log.println("Search terms and hits: " + workload.expectedHits());

        Path home = work.resolve("latchkey-home");
        KeychainService service = new KeychainService(new LatchkeyHome(home),
                Duration.ofMillis(options.kdfMillis()), Clock.systemUTC());
        log.println("Latchkey in process:");
        InProcessMeasurement.Result inProcess = new InProcessMeasurement(service, PASSWORD, log)
                .run(service.resolve(LARGE), workload, options);
        Map<Operation, Figures> latchkeyCommands = null;
        KeePassXcMeasurement.Result peer = null;
        if (options.freshProcesses()) {
            createSmall(service, workload);
            TimedProcess processes = new TimedProcess(Files.createDirectories(work.resolve("process-output")));
            log.println("Latchkey, one command per fresh JVM:");
            latchkeyCommands = new FreshProcessMeasurement(new LatchkeyCommands(home, PASSWORD), processes, log)
                    .run(LARGE, SMALL, workload, options.commandRuns(), true);
            peer = peer(workload, inProcess, processes);
        }

        log.println();
        log.printf("KDF, Latchkey: %s (Bouncy Castle), one derivation %s (median of %d unlocks)%n",
                describe(inProcess.kdf()), Durations.format(inProcess.keyDerivation().median()),
                inProcess.keyDerivation().count());
        if (peer != null) {
            log.printf("KDF, keepassxc-cli: %s (libargon2), one derivation about %s (%s per iteration);"
                    + " %s%n", describe(peer.kdf()),
                    Durations.format(peer.calibration().derivationNanos(peer.kdf().iterations())),
                    Durations.format(peer.calibration().perIterationNanos()), peer.reportedKdf());
            log.printf("Process start and opening without KDF (one-entry file): keepassxc-cli about %s%n",
                    Durations.format(peer.calibration().startNanos()));
        }
        log.println("At the end: " + CpuClock.load());
        return new ReportTable(log).print(options.items(), inProcess, latchkeyCommands, peer);
    }

    /** The one-item keychain that the fresh-process baseline opens: same KDF, the first lookup item. */
    private void createSmall(KeychainService service, Workload workload) throws LatchkeyException {
        KeychainRef small = service.resolve(SMALL);
        service.create(SMALL, PASSWORD);
        try (Keychain k = service.unlock(small, PASSWORD)) {
            var item = workload.lookups().get(0).toNewItem();
            try {
                k.addAll(List.of(item));
            } finally {
                item.secret().close();
            }
        }
    }

    private KeePassXcMeasurement.Result peer(Workload workload, InProcessMeasurement.Result inProcess,
            TimedProcess processes) throws IOException, InterruptedException {
        if (!options.peer()) {
            log.println("keepassxc-cli: skipped (--no-peer)");
            return null;
        }
        String version = KeePassXcMeasurement.version(processes);
        KdbxDatabase kdbx = new KdbxDatabase(work, options.python(), processes);
        if (version == null || !kdbx.available()) {
            log.println("keepassxc-cli: not measured; needs keepassxc-cli and " + options.python()
                    + " with pykeepass (Debian: apt-get install -y keepassxc python3-pykeepass)");
            return null;
        }
        log.println("keepassxc-cli " + version + ":");
        return new KeePassXcMeasurement(kdbx, processes, PASSWORD, log)
                .run(workload, inProcess.kdf(), inProcess.keyDerivation().median(), options.commandRuns());
    }

    private static String describe(dev.latchkey.crypto.kdf.KdfParameters p) {
        return "Argon2id m=" + p.memoryKiB() / 1024 + " MiB, t=" + p.iterations() + ", p=" + p.parallelism();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
