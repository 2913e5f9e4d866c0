package dev.latchkey.model.keychain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A second JVM on the test class path, its standard output read line by line. */
final class ChildProcess implements AutoCloseable {
    private static final String EOF = "\u0000EOF";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Path stderr;
    private final Thread reader;

    private ChildProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("READ FAILED " + e);
            } finally {
                lines.add(EOF);
            }
        }, "child stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildProcess start(Path stderr, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile())).start();
        return new ChildProcess(p, stderr);
    }

    /** The next line, or an AssertionError (with the child's stderr) after the timeout or at EOF. */
    String next(long timeoutSeconds) throws InterruptedException {
        String line = lines.poll(timeoutSeconds, TimeUnit.SECONDS);
        if (line == null || line.equals(EOF)) {
            throw new AssertionError((line == null ? "no line within " + timeoutSeconds + " s" : "child output ended")
                    + "; last lines " + seen.subList(Math.max(0, seen.size() - 5), seen.size()) + "; stderr: " + stderr());
        }
        seen.add(line);
        if (line.startsWith("ERROR") || line.startsWith("READ FAILED")) {
            throw new AssertionError("child reported: " + line + "; stderr: " + stderr());
        }
        return line;
    }

    /** Reads lines until one equals {@code expected}; returns all lines read, including it. */
    List<String> until(String expected, long timeoutSeconds) throws InterruptedException {
        List<String> out = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        String line;
        do {
            long left = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime()));
            line = next(left);
            out.add(line);
        } while (!line.equals(expected));
        return out;
    }

    /** Every line still to come, once the process has ended. */
    List<String> rest() throws InterruptedException {
        List<String> out = new ArrayList<>();
        for (String line = lines.poll(30, TimeUnit.SECONDS); line != null && !line.equals(EOF);
                line = lines.poll(30, TimeUnit.SECONDS)) {
            seen.add(line);
            out.add(line);
        }
        return out;
    }

    void send(String line) throws IOException {
        Writer w = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        w.write(line + "\n");
        w.flush();
    }

    /** SIGKILL: no shutdown hooks, no finally blocks, no H2 close. */
    long pid() {
        return process.pid();
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int waitFor(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new AssertionError("child did not exit within " + timeoutSeconds + " s; stderr: " + stderr());
        }
        return process.exitValue();
    }

    String stderr() {
        try {
            return Files.exists(stderr) ? Files.readString(stderr) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
