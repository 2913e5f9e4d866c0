package dev.latchkey.app.autotype;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Finds out whether auto-type can work on this desktop and builds the {@link Typist}: X11
 * (DISPLAY set) with xdotool and xprop on the PATH. A Wayland session without XWayland, no
 * display, a missing tool or another platform gives a typist that only says why not.
 */
public final class AutoTypeSupport {
    private AutoTypeSupport() {
    }

    /** For this process: its environment, its OS, its PATH; starts watching the active window. */
    public static Typist forThisDesktop() {
        return detect(System.getenv(), System.getProperty("os.name", ""), ProcessHandle.current().pid());
    }

    /**
     * @param ownPid the process whose windows are Latchkey's (told apart by their
     *     {@code _NET_WM_PID}, which GTK, and so JavaFX, sets)
     */
    public static Typist detect(Map<String, String> env, String osName, long ownPid) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return new Unsupported(Typist.Unavailable.NOT_X11_PLATFORM);
        }
        boolean wayland = !blank(env.get("WAYLAND_DISPLAY"))
                || "wayland".equalsIgnoreCase(String.valueOf(env.get("XDG_SESSION_TYPE")));
        String display = env.get("DISPLAY");
        if (blank(display)) {
            return new Unsupported(wayland ? Typist.Unavailable.WAYLAND_ONLY : Typist.Unavailable.NO_DISPLAY);
        }
        Optional<Path> xdotool = onPath("xdotool", env.get("PATH"));
        if (xdotool.isEmpty()) {
            return new Unsupported(Typist.Unavailable.NO_XDOTOOL);
        }
        Optional<Path> xprop = onPath("xprop", env.get("PATH"));
        if (xprop.isEmpty()) {
            return new Unsupported(Typist.Unavailable.NO_XPROP);
        }
        Map<String, String> childEnv = Map.of("DISPLAY", display);
        Xdotool x = new Xdotool(xdotool.get(), childEnv);
        ActiveWindowTracker tracker = new ActiveWindowTracker(xprop.get(), childEnv, id -> ownedBy(x, id, ownPid));
        tracker.start();
        return new X11Typist(x, tracker,
                wayland ? Optional.of(Typist.Unavailable.WAYLAND_X11_APPS_ONLY) : Optional.empty());
    }

    private static boolean ownedBy(Xdotool xdotool, long window, long pid) {
        try {
            OptionalLong owner = xdotool.windowPid(window);
            return owner.isPresent() && owner.getAsLong() == pid;
        } catch (AutoTypeException e) {
            return false;
        }
    }

    /** The executable called {@code name} in one of the PATH's folders. */
    static Optional<Path> onPath(String name, String path) {
        if (blank(path)) {
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Auto-type that cannot work here, and says why. */
    static final class Unsupported implements Typist {
        private final Unavailable reason;

        Unsupported(Unavailable reason) {
            this.reason = reason;
        }

        @Override
        public Optional<Unavailable> unavailable() {
            return Optional.of(reason);
        }

        @Override
        public Optional<Unavailable> caveat() {
            return Optional.empty();
        }

        @Override
        public void type(AutoTypeSequence sequence, Values values) throws AutoTypeException {
            throw new AutoTypeException("Auto-type is not available: " + reason);
        }
    }
}
