package dev.latchkey.bench;

import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.settings.LatchkeyHome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 12's import figure: {@code latchkey import-passwords} of a 100,000-entry KDBX 4 (Argon2id,
 * written by pykeepass) against {@code keepassxc-cli export} of the same file, both one command in
 * a fresh process, each minus the same command on a one-entry database with the same KDF (so
 * process start and key derivation are excluded). Target: ratio ≤ 1.5, Latchkey's heap ≤ 1 GiB
 * (its JVM runs with {@code -Xmx1g}).
 * <pre>java -cp bench/target/latchkey-bench.jar dev.latchkey.bench.ImportBenchmark [--items N] [--runs N] [--work DIR]</pre>
 */
public final class ImportBenchmark {
    private static final char[] DB_PASSWORD = "bench: kdbx password".toCharArray();
    private static final char[] KEYCHAIN_PASSWORD = "bench: correct horse battery staple".toCharArray();
    private static final Pattern SPLIT = Pattern.compile(
            "read-ns=(\\d+) store-ns=(\\d+) items=(\\d+) heap-peak-mib=(\\d+) rss-peak-mib=(\\d+) skipped=(\\d+)");

    private final PrintStream log = System.out;
    private final Path work;
    private final TimedProcess processes;
    private int keychains;

    private ImportBenchmark(Path work) throws IOException {
        this.work = work;
        this.processes = new TimedProcess(Files.createDirectories(work.resolve("process-output")));
    }

    public static void main(String[] args) throws Exception {
        int items = 100_000;
        int runs = 3;
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--items" -> items = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("usage: ImportBenchmark [--items N] [--runs N] [--work DIR]");
            }
        }
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("latchkey-import-bench");
        boolean pass = new ImportBenchmark(folder).run(items, runs);
        System.exit(pass ? 0 : 1);
    }

    private boolean run(int count, int runs) throws Exception {
        log.printf("Import benchmark: %,d entries, %d runs each, Java %s, %s; work folder %s%n", count, runs,
                System.getProperty("java.version"), CpuClock.load(), work);
        List<SampleItem> items = SampleData.generate(count, 20260101L);
        KdbxDatabase kdbx = new KdbxDatabase(work, "/usr/bin/python3", processes);
        if (!kdbx.available() || KeePassXcMeasurement.version(processes) == null) {
            log.println("needs keepassxc-cli and /usr/bin/python3 with pykeepass (apt-get install keepassxc python3-pykeepass)");
            return false;
        }
        long start = System.nanoTime();
        // Argon2id m = 64 MiB, t = 3, p = 2: the same KDF for both files and both tools.
        Path large = kdbx.write("large", items, DB_PASSWORD, 3, 64 * 1024, 2);
        Path small = kdbx.write("small", items.subList(0, 1), DB_PASSWORD, 3, 64 * 1024, 2);
        log.printf("  wrote the databases with pykeepass in %s (%,d bytes)%n",
                Durations.format(System.nanoTime() - start), Files.size(large));

        Timings peerLarge = new Timings();
        Timings peerSmall = new Timings();
        Timings oursLarge = new Timings();
        Timings oursSmall = new Timings();
        long heapPeak = 0;
        long rssPeak = 0;
        for (int r = 0; r < runs; r++) {
            peerSmall.add(export(small));
            peerLarge.add(export(large));
            oursSmall.add(importInto(small, 1)[0]);
            long[] big = importInto(large, count);
            oursLarge.add(big[0]);
            heapPeak = Math.max(heapPeak, big[1]);
            rssPeak = Math.max(rssPeak, big[2]);
            log.printf("  run %d: keepassxc-cli export %s (one entry %s); Latchkey import %s (one entry %s); %s%n",
                    r + 1, Durations.format(peerLarge.max()), Durations.format(peerSmall.max()),
                    Durations.format(big[0]), Durations.format(oursSmall.max()), CpuClock.load());
        }
        long peer = peerLarge.median() - peerSmall.median();
        long ours = oursLarge.median() - oursSmall.median();
        double ratio = (double) ours / peer;
        boolean fast = ratio <= 1.5;
        boolean small1g = heapPeak <= 1024;
        log.println();
        log.println("| fresh process, medians of " + runs + " | Latchkey import-passwords | keepassxc-cli export | ratio | target | result |");
        log.println("|---|---:|---:|---:|---:|---:|");
        log.printf("| %,d entries, raw | %s | %s | %.3f | | |%n", count, Durations.format(oursLarge.median()),
                Durations.format(peerLarge.median()), (double) oursLarge.median() / peerLarge.median());
        log.printf("| one entry (start + KDF) | %s | %s | | | |%n", Durations.format(oursSmall.median()),
                Durations.format(peerSmall.median()));
        log.printf("| %,d entries, KDF and start excluded | %s | %s | %.3f | ≤ 1.5 | %s |%n", count,
                Durations.format(ours), Durations.format(peer), ratio, fast ? "PASS" : "FAIL");
        log.printf("| Latchkey peak heap (-Xmx1g) / peak RSS | %d MiB / %d MiB | | | ≤ 1 GiB heap | %s |%n", heapPeak,
                rssPeak, small1g ? "PASS" : "FAIL");
        log.println("At the end: " + CpuClock.load());
        return fast && small1g;
    }

    private long export(Path db) throws IOException, InterruptedException {
        List<String> command = List.of(KeePassXcCommands.CLI, "export", "-q", "-f", "xml", db.toString());
        return processes.run(command, new String(DB_PASSWORD) + "\n").requireSuccess(command).nanos();
    }

    /** Imports into a new empty keychain in a fresh JVM: {wall ns, heap peak MiB, RSS peak MiB}. */
    private long[] importInto(Path db, int expected) throws Exception {
        Path home = work.resolve("latchkey-home");
        String name = "import-" + (++keychains);
        try (KeychainService service = new KeychainService(new LatchkeyHome(home), Duration.ZERO, Clock.systemUTC())) {
            service.create(name, KEYCHAIN_PASSWORD.clone());
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), ColdImport.class.getName(), home.toString(), name, db.toString()));
        TimedProcess.Outcome o = processes.run(command, new String(DB_PASSWORD) + "\n" + new String(KEYCHAIN_PASSWORD)
                + "\n").requireSuccess(command);
        Matcher m = SPLIT.matcher(o.stderr());
        // Entries whose items share a primary key (same host and user name) are duplicates: skipped.
        if (!m.find() || Integer.parseInt(m.group(3)) + Integer.parseInt(m.group(6)) != expected) {
            throw new IllegalStateException("the import did not handle " + expected + " entries: " + o.stderr());
        }
        if (expected > 1) {
            log.printf("    Latchkey: read and mapped in %s, stored %s items in %s, %s duplicates skipped%n",
                    Durations.format(Long.parseLong(m.group(1))), m.group(3),
                    Durations.format(Long.parseLong(m.group(2))), m.group(6));
        }
        try (KeychainService service = new KeychainService(new LatchkeyHome(home), Duration.ZERO, Clock.systemUTC())) {
            service.delete(service.resolve(name));
        }
        return new long[] {o.nanos(), Long.parseLong(m.group(4)), Long.parseLong(m.group(5))};
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
