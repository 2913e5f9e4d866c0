package dev.latchkey.bench.service;

import dev.latchkey.app.cli.PasswordPrompt;
import dev.latchkey.app.instance.SocketPath;
import dev.latchkey.app.service.CommandClient;
import dev.latchkey.model.settings.LatchkeyHome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The keychain service's figures (issue 11), all in one run, beside peers measured in the
 * same run: a whole {@code latchkey find-generic-password -w} process with the service running
 * and the keychain unlocked, against the same command without a service and against
 * {@code keepassxc-cli show}; the socket round trip of one command; 8 processes × 25 adds in
 * parallel without a service, with one, and with the user locking in the middle; SIGKILL of
 * the service during writes. Prints a table and exits 1 when a target is missed.
 *
 * <p>Usage: {@code java -cp bench/target/latchkey-bench.jar dev.latchkey.bench.service.ServiceBenchmark
 * [--jar app/target/latchkey.jar] [--runs N] [--kdf-ms N] [--writers N] [--adds N]}
 */
public final class ServiceBenchmark {
    private final LatchkeyProcesses latchkey;
    private final Path work;
    private final int runs;
    private final int writers;
    private final int adds;
    private final List<String> misses = new ArrayList<>();

    private ServiceBenchmark(LatchkeyProcesses latchkey, Path work, int runs, int writers, int adds) {
        this.latchkey = latchkey;
        this.work = work;
        this.runs = runs;
        this.writers = writers;
        this.adds = adds;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("app/target/latchkey.jar");
        int runs = 20;
        int kdfMs = 700;
        int writers = 8;
        int adds = 25;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--kdf-ms" -> kdfMs = Integer.parseInt(args[++i]);
                case "--writers" -> writers = Integer.parseInt(args[++i]);
                case "--adds" -> adds = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: ServiceBenchmark [--jar PATH] [--runs N] [--kdf-ms N] [--writers N] "
                            + "[--adds N]");
                    System.exit(2);
                }
            }
        }
        if (!Files.isRegularFile(jar)) {
            System.err.println(jar + " is missing: build it with mvn -B -q -DskipTests package");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("latchkey-service-bench");
        ServiceBenchmark bench = new ServiceBenchmark(new LatchkeyProcesses(jar, kdfMs), work, runs, writers, adds);
        try {
            bench.lookups();
            bench.parallelWriters();
            bench.killedService();
        } finally {
            LatchkeyProcesses.deleteTree(work);
        }
        System.out.println();
        if (bench.misses.isEmpty()) {
            System.out.println("Every target met.");
        } else {
            bench.misses.forEach(m -> System.out.println("MISSED: " + m));
            System.exit(1);
        }
    }

    private void target(String what, boolean met) {
        if (!met) {
            misses.add(what);
        }
    }

    /** find-generic-password -w: whole process with and without the service, the round trip, keepassxc-cli. */
    private void lookups() throws Exception {
        Path home = work.resolve("lookups");
        Path pw = latchkey.passwordFile(work);
        latchkey.ok(home, "", "create-keychain", "login", "--password-file", pw.toString());
        latchkey.ok(home, "s3cret\n", "add-generic-password", "-s", "bench", "-a", "alice", "-w", "-",
                "--password-file", pw.toString());
        System.out.println("== latchkey find-generic-password -w: whole process (median of " + runs + ")");
        Stats without = latchkey.timeRuns(home, runs / 4 + 1, "s3cret\n", "find-generic-password", "-s", "bench",
                "-a", "alice", "-w", "--password-file", pw.toString());
        Stats with;
        Stats roundTrip;
        try (LatchkeyProcesses.Daemon daemon = latchkey.startDaemon(home)) {
            latchkey.ok(home, "", "unlock", "--password-file", pw.toString());
            with = latchkey.timeRuns(home, runs, "s3cret\n", "find-generic-password", "-s", "bench", "-a", "alice", "-w");
            roundTrip = roundTrips(home, runs * 10);
        }
        Stats peer = KeePassXcShow.measure(work, runs / 2 + 1, latchkey.kdfMs());
        row("without a service (unlocks itself)", without, null);
        row("with the service, keychain unlocked", with, without);
        if (peer != null) {
            row("keepassxc-cli show -a password (peer)", peer, null);
            System.out.printf(Locale.ROOT, "   ratio Latchkey with the service ÷ keepassxc-cli: %.2f%n",
                    with.median() / (double) peer.median());
        } else {
            System.out.println("   keepassxc-cli: not installed (apt-get install keepassxc), no peer figure");
        }
        row("socket round trip of one command, in process", roundTrip, null);
        target("whole process with the service ≤ 0.5 s", with.median() <= 500_000_000L);
        target("socket round trip ≤ 5 ms", roundTrip.median() <= 5_000_000L);
    }

    private static Stats roundTrips(Path home, int count) {
        CommandClient client = new CommandClient(SocketPath.in(new LatchkeyHome(home)),
                new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), noPrompt());
        List<String> args = List.of("find-generic-password", "-s", "bench", "-a", "alice", "-w");
        for (int i = 0; i < 50; i++) {
            client.run(args, home, false); // warm-up, both ends
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            OptionalInt code = client.run(args, home, false);
            times.add(System.nanoTime() - start);
            if (code.orElse(-1) != 0) {
                throw new IllegalStateException("a round trip failed: " + code);
            }
        }
        return Stats.of(times);
    }

    private static PasswordPrompt noPrompt() {
        return text -> {
            throw new IllegalStateException("the benchmark's keychain is unlocked: no prompt expected");
        };
    }

    /** 8 × 25 adds at once: without a service, with one, and with a lock in the middle. */
    private void parallelWriters() throws Exception {
        System.out.println("== " + writers + " processes × " + adds + " adds in parallel, one keychain");
        Path pw = latchkey.passwordFile(work);
        for (String mode : List.of("without a service", "with the service (unlocked)",
                "with the service, locked by the user halfway")) {
            Path home = work.resolve("writers-" + mode.hashCode());
            latchkey.ok(home, "", "create-keychain", "login", "--password-file", pw.toString());
            LatchkeyProcesses.Daemon daemon = mode.startsWith("with") ? latchkey.startDaemon(home) : null;
            try {
                if (daemon != null) {
                    latchkey.ok(home, "", "unlock", "--password-file", pw.toString());
                }
                ParallelAdds.Outcome o = new ParallelAdds(latchkey, home, pw, writers, adds).run(
                        mode.endsWith("halfway") ? () -> latchkey.ok(home, "", "lock") : null);
                System.out.printf(Locale.ROOT, "   %-46s %3d failed, %3d lost, %3d duplicated, %s, %s per add%n",
                        mode, o.failed(), o.lost(), o.duplicated(), Stats.format(o.wallNanos()),
                        Stats.format(o.wallNanos() / Math.max(1, (long) writers * adds)));
                target(mode + ": 0 failed, lost, duplicated", o.failed() == 0 && o.lost() == 0 && o.duplicated() == 0);
            } finally {
                if (daemon != null) {
                    daemon.close();
                }
            }
        }
    }

    /** SIGKILL of the service while writers add: the keychain opens and holds every acknowledged add. */
    private void killedService() throws Exception {
        System.out.println("== SIGKILL of the service during writes");
        Path home = work.resolve("killed");
        Path pw = latchkey.passwordFile(work);
        latchkey.ok(home, "", "create-keychain", "login", "--password-file", pw.toString());
        LatchkeyProcesses.Daemon daemon = latchkey.startDaemon(home);
        latchkey.ok(home, "", "unlock", "--password-file", pw.toString());
        ParallelAdds.Outcome o = new ParallelAdds(latchkey, home, pw, 4, 40).killing(daemon, 20);
        System.out.printf(Locale.ROOT, "   %d adds acknowledged before and after the kill, %d of them lost; "
                + "keychain opens: %s%n", o.acknowledged(), o.lost(), o.opens() ? "yes" : "NO");
        target("after SIGKILL: the keychain opens, nothing acknowledged lost", o.opens() && o.lost() == 0);
    }

    private static void row(String what, Stats s, Stats baseline) {
        System.out.printf(Locale.ROOT, "   %-46s median %s  (p90 %s, n=%d)%s%n", what, Stats.format(s.median()),
                Stats.format(s.p90()), s.count(), baseline == null ? ""
                        : String.format(Locale.ROOT, "  %.1f× faster", baseline.median() / (double) s.median()));
    }
}
