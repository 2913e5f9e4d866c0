package dev.latchkey.bench.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The packaged {@code latchkey.jar} run as a user's shell runs it: one process per command. */
final class LatchkeyProcesses {
    /** What one command did. */
    record Result(int code, String out, String err, long nanos) {
    }

    private final Path jar;
    private final int kdfMs;

    LatchkeyProcesses(Path jar, int kdfMs) {
        this.jar = jar.toAbsolutePath();
        this.kdfMs = kdfMs;
    }

    int kdfMs() {
        return kdfMs;
    }

    Path passwordFile(Path dir) throws IOException {
        Path pw = dir.resolve("password");
        if (!Files.exists(pw)) {
            Files.writeString(pw, "benchmark keychain password\n");
        }
        return pw;
    }

    private ProcessBuilder builder(Path home, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("LATCHKEY_HOME", home.toString());
        pb.environment().put("LATCHKEY_KDF_TARGET_MS", Integer.toString(kdfMs));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        return pb;
    }

    Result run(Path home, String stdin, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("bench-out", ".txt");
        Path err = Files.createTempFile("bench-err", ".txt");
        try {
            long start = System.nanoTime();
            Process p = builder(home, List.of(args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("latchkey " + String.join(" ", args) + " did not end in 600 s");
            }
            long nanos = System.nanoTime() - start;
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err), nanos);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    Result ok(Path home, String stdin, String... args) throws IOException, InterruptedException {
        Result r = run(home, stdin, args);
        if (r.code() != 0) {
            throw new IllegalStateException("latchkey " + String.join(" ", args) + ": exit " + r.code() + " " + r.err());
        }
        return r;
    }

    /** Whole-process timings of one command, after two warm-up runs (page cache, CDS). */
    Stats timeRuns(Path home, int runs, String expectedOut, String... args) throws IOException, InterruptedException {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs + 2; i++) {
            Result r = ok(home, "", args);
            if (!r.out().equals(expectedOut)) {
                throw new IllegalStateException("latchkey " + String.join(" ", args) + " printed " + r.out());
            }
            if (i >= 2) {
                times.add(r.nanos());
            }
        }
        return Stats.of(times);
    }

    /** {@code latchkey daemon}, serving until closed (SIGTERM). */
    final class Daemon implements AutoCloseable {
        private final Process process;

        private Daemon(Process process) {
            this.process = process;
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    Daemon startDaemon(Path home) throws IOException, InterruptedException {
        Path log = Files.createTempFile("bench-daemon", ".log");
        Process p = builder(home, List.of("daemon")).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(log).contains("Latchkey serves")) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IllegalStateException("latchkey daemon did not start: " + Files.readString(log));
            }
            Thread.sleep(20);
        }
        Files.deleteIfExists(log);
        return new Daemon(p);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
