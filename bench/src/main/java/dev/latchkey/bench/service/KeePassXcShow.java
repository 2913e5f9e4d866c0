package dev.latchkey.bench.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The peer: {@code keepassxc-cli show -a password} on a one-entry KDBX made by keepassxc-cli
 * with the same key-derivation time target; it opens the database on every call, as a
 * Latchkey command without a service does.
 */
final class KeePassXcShow {
    private static final String PASSWORD = "benchmark database password";

    private KeePassXcShow() {
    }

    /** Timings of {@code runs} lookups; null when keepassxc-cli is not installed. */
    static Stats measure(Path work, int runs, int kdfMs) throws IOException, InterruptedException {
        if (!onPath("keepassxc-cli")) {
            return null;
        }
        Path db = work.resolve("peer.kdbx");
        Files.deleteIfExists(db);
        run(PASSWORD + "\n" + PASSWORD + "\n", "db-create", "--set-password", "--decryption-time",
                Integer.toString(Math.max(100, kdfMs)), db.toString());
        run(PASSWORD + "\ns3cret\n", "add", "--username", "alice", "--password-prompt", db.toString(), "bench");
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs + 2; i++) {
            long start = System.nanoTime();
            String out = run(PASSWORD + "\n", "show", "-q", "-a", "password", db.toString(), "bench");
            if (!out.strip().equals("s3cret")) {
                throw new IllegalStateException("keepassxc-cli show printed " + out);
            }
            if (i >= 2) {
                times.add(System.nanoTime() - start);
            }
        }
        return Stats.of(times);
    }

    private static String run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("keepassxc-cli"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keepassxc-cli " + String.join(" ", args) + " failed");
        }
        return out;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
