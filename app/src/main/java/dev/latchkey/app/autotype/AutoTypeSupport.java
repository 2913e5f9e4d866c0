package dev.latchkey.app.autotype;

import dev.latchkey.app.desktop.DesktopSession;
import dev.latchkey.app.desktop.Executables;
import java.nio.file.Path;
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
        DesktopSession session = DesktopSession.of(env, osName);
        if (!session.x11Platform()) {
            return new Unsupported(Typist.Unavailable.NOT_X11_PLATFORM);
        }
        if (session.display().isEmpty()) {
            return new Unsupported(session.wayland() ? Typist.Unavailable.WAYLAND_ONLY : Typist.Unavailable.NO_DISPLAY);
        }
        String display = session.display().get();
        Optional<Path> xdotool = Executables.onPath("xdotool", env.get("PATH"));
        if (xdotool.isEmpty()) {
            return new Unsupported(Typist.Unavailable.NO_XDOTOOL);
        }
        Optional<Path> xprop = Executables.onPath("xprop", env.get("PATH"));
        if (xprop.isEmpty()) {
            return new Unsupported(Typist.Unavailable.NO_XPROP);
        }
        Map<String, String> childEnv = Map.of("DISPLAY", display);
        Xdotool x = new Xdotool(xdotool.get(), childEnv);
        ActiveWindowTracker tracker = new ActiveWindowTracker(xprop.get(), childEnv, id -> ownedBy(x, id, ownPid));
        tracker.start();
        return new X11Typist(x, tracker,
                session.wayland() ? Optional.of(Typist.Unavailable.WAYLAND_X11_APPS_ONLY) : Optional.empty());
    }

    private static boolean ownedBy(Xdotool xdotool, long window, long pid) {
        try {
            OptionalLong owner = xdotool.windowPid(window);
            return owner.isPresent() && owner.getAsLong() == pid;
        } catch (AutoTypeException e) {
            return false;
        }
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
