package dev.latchkey.app.testing;

import dev.latchkey.app.desktop.Executables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A private Xvfb display for process tests of the X11 features (never :99, which CI scripts
 * use), with openbox as its window manager when it is installed, and the {@link TypingTarget}
 * login form as a real window of another process. Skips the test, saying what to install,
 * where Xvfb or the X tools are missing.
 */
public final class PrivateXDisplay implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 60;
    private final Process xvfb;
    private final Process windowManager;
    private final String display;
    private final Map<BlockingQueue<String>, Process> started = new java.util.LinkedHashMap<>();

    private PrivateXDisplay(Process xvfb, Process windowManager, String display) {
        this.xvfb = xvfb;
        this.windowManager = windowManager;
        this.display = display;
    }

    /** Starts Xvfb (and openbox when present); {@code tools} must be on the PATH too, or the test is skipped. */
    public static PrivateXDisplay start(String... tools) throws IOException, InterruptedException {
        Assumptions.assumeTrue(System.getProperty("os.name", "").toLowerCase().contains("linux"), "X11 test: Linux only");
        Optional<Path> xvfbBinary = onPath("Xvfb");
        Assumptions.assumeTrue(xvfbBinary.isPresent(), "needs Xvfb (apt-get install xvfb)");
        for (String tool : tools) {
            Assumptions.assumeTrue(onPath(tool).isPresent(), "needs " + tool + " on the PATH");
        }
        for (int n = 173; n < 240; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process p = new ProcessBuilder(xvfbBinary.get().toString(), ":" + n, "-screen", "0", "1024x768x24",
                    "-nolisten", "tcp").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!waitForSocket(n, p)) {
                p.destroyForcibly();
                continue;
            }
            Process wm = null;
            Optional<Path> openbox = onPath("openbox");
            if (openbox.isPresent()) {
                ProcessBuilder b = new ProcessBuilder(openbox.get().toString());
                b.environment().put("DISPLAY", ":" + n);
                wm = b.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            }
            return new PrivateXDisplay(p, wm, ":" + n);
        }
        Assumptions.abort("no free X display number for Xvfb");
        throw new IllegalStateException("unreachable");
    }

    private static boolean waitForSocket(int n, Process p) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (!p.isAlive()) {
                return false;
            }
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** The executable called {@code name} on this process's PATH. */
    public static Optional<Path> onPath(String name) {
        return Executables.onPath(name, System.getenv("PATH"));
    }

    /** The display's name, e.g. ":173". */
    public String name() {
        return display;
    }

    public boolean hasWindowManager() {
        return windowManager != null;
    }

    /** A process builder for a program on this display (and not on a Wayland one). */
    public ProcessBuilder process(String... command) {
        ProcessBuilder b = new ProcessBuilder(command);
        b.environment().put("DISPLAY", display);
        b.environment().remove("WAYLAND_DISPLAY");
        b.environment().remove("XDG_SESSION_TYPE");
        return b;
    }

    /** The environment a child process needs to reach this display. */
    public Map<String, String> environment() {
        return Map.of("DISPLAY", display);
    }

    /**
     * Starts a Java program from this class path as a process on this display; its output,
     * line by line, arrives in the returned queue.
     */
    public BlockingQueue<String> startJava(String mainClass, Map<String, String> env, String... jvmOptions)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return launch(command, env, null);
    }

    /** As {@link #startJava(String, Map, String...)}, with software rendering, {@code args} and a line on stdin (or null). */
    public BlockingQueue<String> startJava(Class<?> main, String stdinLine, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dprism.order=sw", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return launch(command, Map.of(), stdinLine == null ? null : (stdinLine + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private BlockingQueue<String> launch(List<String> command, Map<String, String> env, byte[] stdin)
            throws IOException {
        ProcessBuilder b = process(command.toArray(String[]::new));
        b.environment().putAll(env);
        Process process = b.redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        }
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        started.put(lines, process);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("READ FAILED " + e.getMessage());
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** Starts the login form; its output arrives in the returned queue. */
    public BlockingQueue<String> startTypingTarget() throws IOException {
        return startJava(TypingTarget.class.getName(), Map.of(), "-Dprism.order=sw");
    }

    /** Waits for a line starting with {@code prefix}; fails with everything else printed meanwhile. */
    public static String await(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        StringBuilder seen = new StringBuilder();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < end) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the process never printed " + prefix + "; it printed:\n" + seen);
    }

    /** What a tool printed (stdout and stderr together) and how it exited. */
    public record Result(int exitCode, String output) {
    }

    /** Runs a tool (xdotool, xclip...) on this display with {@code input} on its stdin (null: none). */
    public Result exec(byte[] input, String... command) throws IOException, InterruptedException {
        Process p = process(command).redirectErrorStream(true).start();
        try (var stdin = p.getOutputStream()) {
            if (input != null) {
                stdin.write(input);
            }
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        return new Result(p.exitValue(), output);
    }

    /** Runs a tool on this display; fails unless it exits 0; returns its output. */
    public String run(String... command) throws IOException, InterruptedException {
        Result r = exec(null, command);
        if (r.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + r.exitCode() + ": " + r.output());
        }
        return r.output();
    }

    /** Waits until no window's title matches {@code title} (a regular expression, as xdotool takes it). */
    public void awaitNoWindow(String title) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < end) {
            if (exec(null, "xdotool", "search", "--name", title).exitCode() == 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("a window called " + title + " is still there");
    }

    /** Whether the process whose output is {@code output} ends within {@code seconds}. */
    public boolean exits(BlockingQueue<String> output, long seconds) throws InterruptedException {
        return started.get(output).waitFor(seconds, TimeUnit.SECONDS);
    }

    /** Ends the process whose output is {@code output}. */
    public void stop(BlockingQueue<String> output) {
        Process p = started.remove(output);
        if (p != null) {
            p.destroyForcibly();
        }
    }

    /** Ends the processes started on this display and waits for them (the display stays). */
    public void stopStarted() throws InterruptedException {
        for (Process p : started.values()) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        started.clear();
    }

    @Override
    public void close() {
        started.values().forEach(Process::destroyForcibly);
        started.clear();
        if (windowManager != null) {
            windowManager.destroy();
        }
        xvfb.destroy();
    }
}
