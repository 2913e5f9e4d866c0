package dev.latchkey.app.autotype;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Auto-type for real: a private Xvfb display (never :99, which CI scripts use), a login form
 * in another process as the target window, xdotool typing into it, and the form reporting
 * what arrived. With openbox on the PATH a window manager runs too, so the whole path is
 * used: the active-window tracker notices the target, and the typist types into it.
 */
class X11AutoTypeTest {
    private static final long TIMEOUT_SECONDS = 60;
    private static Process xvfb;
    private static Process windowManager;
    private static String display;
    private static Path xdotool;
    private static Path xprop;
    private final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void startDisplay() throws Exception {
        String path = System.getenv("PATH");
        Optional<Path> xvfbBinary = AutoTypeSupport.onPath("Xvfb", path);
        Optional<Path> xdotoolBinary = AutoTypeSupport.onPath("xdotool", path);
        Optional<Path> xpropBinary = AutoTypeSupport.onPath("xprop", path);
        Assumptions.assumeTrue(xvfbBinary.isPresent() && xdotoolBinary.isPresent() && xpropBinary.isPresent(),
                "auto-type needs Xvfb, xdotool and xprop (apt-get install xvfb xdotool x11-utils)");
        Assumptions.assumeTrue(System.getProperty("os.name", "").toLowerCase().contains("linux"), "X11 test: Linux only");
        xdotool = xdotoolBinary.get();
        xprop = xpropBinary.get();
        for (int n = 173; n < 240 && xvfb == null; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process p = new ProcessBuilder(xvfbBinary.get().toString(), ":" + n, "-screen", "0", "1024x768x24",
                    "-nolisten", "tcp").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (waitForSocket(n, p)) {
                xvfb = p;
                display = ":" + n;
            } else {
                p.destroyForcibly();
            }
        }
        Assumptions.assumeTrue(xvfb != null, "no free X display number for Xvfb");
        Optional<Path> openbox = AutoTypeSupport.onPath("openbox", path);
        if (openbox.isPresent()) {
            ProcessBuilder b = new ProcessBuilder(openbox.get().toString());
            b.environment().put("DISPLAY", display);
            windowManager = b.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        }
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

    @AfterAll
    static void stopDisplay() {
        if (windowManager != null) {
            windowManager.destroy();
        }
        if (xvfb != null) {
            xvfb.destroy();
        }
    }

    @AfterEach
    void stopTargets() {
        started.forEach(Process::destroyForcibly);
    }

    /** Starts the login form on the private display; returns its output, line by line. */
    private BlockingQueue<String> startTarget() throws IOException {
        ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dprism.order=sw", TypingTarget.class.getName());
        b.environment().put("DISPLAY", display);
        b.environment().remove("WAYLAND_DISPLAY");
        Process target = b.redirectErrorStream(true).start();
        started.add(target);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(target.getInputStream(),
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

    private static String await(BlockingQueue<String> lines, String prefix) throws InterruptedException {
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
        throw new AssertionError("the target never printed " + prefix + "; it printed:\n" + seen);
    }

    private static long windowOf(String title) throws Exception {
        Xdotool x = new Xdotool(xdotool, Map.of("DISPLAY", display));
        Xdotool.Result r = x.run(List.of("search", "--sync", "--name", title), null);
        assertThat(r.exitCode()).as("xdotool search: " + r.error()).isZero();
        return Long.parseLong(r.output().strip().lines().findFirst().orElseThrow());
    }

    private static Typist.Values values(String account, String password) {
        return field -> switch (field) {
            case USERNAME -> account.toCharArray();
            case PASSWORD -> password.toCharArray();
            case TOTP -> "123456".toCharArray();
        };
    }

    @Test
    void typesAccountTabPasswordEnterIntoTheWindowTheUserCameFrom() throws Exception {
        BlockingQueue<String> out = startTarget();
        await(out, "READY");
        long window = windowOf(TypingTarget.TITLE);
        Typist typist;
        if (windowManager != null) {
            // The whole path: the tracker sees the target become active, the typist finds it there.
            typist = AutoTypeSupport.detect(Map.of("DISPLAY", display, "PATH", System.getenv("PATH")), "Linux",
                    ProcessHandle.current().pid());
            new Xdotool(xdotool, Map.of("DISPLAY", display)).focus(window);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (typist.unavailable().isPresent() && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(typist.unavailable()).as("the tracker saw the target window").isEmpty();
            typist.type(AutoTypeSequence.DEFAULT, values("alice@example.com", "p4ss w0rd!{}é"));
        } else {
            ActiveWindowTracker noTracker = new ActiveWindowTracker(xprop, Map.of("DISPLAY", display), w -> false);
            new X11Typist(new Xdotool(xdotool, Map.of("DISPLAY", display)), noTracker, Optional.empty())
                    .typeInto(window, AutoTypeSequence.DEFAULT, values("alice@example.com", "p4ss w0rd!{}é"));
        }
        assertThat(await(out, "TYPED")).isEqualTo("TYPED alice@example.com|p4ss w0rd!{}é");
    }

    @Test
    void aCustomSequenceWithTheCodeAndADelay() throws Exception {
        BlockingQueue<String> out = startTarget();
        await(out, "READY");
        long window = windowOf(TypingTarget.TITLE);
        ActiveWindowTracker noTracker = new ActiveWindowTracker(xprop, Map.of("DISPLAY", display), w -> false);
        new X11Typist(new Xdotool(xdotool, Map.of("DISPLAY", display)), noTracker, Optional.empty())
                .typeInto(window, AutoTypeSequence.parse("{USERNAME}{TAB}{PASSWORD}-{TOTP}{DELAY 100}{ENTER}"),
                        values("bob", "secret"));
        assertThat(await(out, "TYPED")).isEqualTo("TYPED bob|secret-123456");
    }
}
