package dev.latchkey.app.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A private Xvfb display for tests that need a real X server (never :99, which CI scripts
 * use): the first free display number from a starting one, with openbox as window manager
 * when it is installed. {@link #start} answers empty when Xvfb is missing or no number is free.
 */
public final class PrivateXDisplay implements AutoCloseable {
    private final Process xvfb;
    private final Process windowManager;
    private final String display;

    private PrivateXDisplay(Process xvfb, Process windowManager, String display) {
        this.xvfb = xvfb;
        this.windowManager = windowManager;
        this.display = display;
    }

    /** Starts Xvfb with one {@code width}×{@code height}×24 screen on the first free number from {@code from}. */
    public static Optional<PrivateXDisplay> start(int from, int width, int height, boolean withWindowManager)
            throws IOException, InterruptedException {
        Optional<Path> binary = onPath("Xvfb");
        if (binary.isEmpty() || !System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return Optional.empty();
        }
        for (int n = from; n < from + 60; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process p = new ProcessBuilder(binary.get().toString(), ":" + n, "-screen", "0",
                    width + "x" + height + "x24", "-nolisten", "tcp").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (waitForSocket(n, p)) {
                Process wm = null;
                Optional<Path> openbox = withWindowManager ? onPath("openbox") : Optional.empty();
                if (openbox.isPresent()) {
                    ProcessBuilder b = new ProcessBuilder(openbox.get().toString());
                    b.environment().put("DISPLAY", ":" + n);
                    wm = b.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                }
                return Optional.of(new PrivateXDisplay(p, wm, ":" + n));
            }
            p.destroyForcibly();
        }
        return Optional.empty();
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

    /** An executable of that name on the PATH. */
    public static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The DISPLAY value, e.g. {@code :241}. */
    public String display() {
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

    @Override
    public void close() {
        if (windowManager != null) {
            windowManager.destroy();
        }
        xvfb.destroy();
    }
}
