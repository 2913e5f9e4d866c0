package dev.latchkey.app.hotkey;

import dev.latchkey.app.desktop.DesktopSession;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Finds out whether a system-wide shortcut can work on this desktop and takes it: X11 (also
 * XWayland) through {@link X11GlobalShortcut}. Elsewhere the desktop's own keyboard settings
 * can run {@code latchkey quick-fill}, and the shortcut says why it is off.
 */
public final class ShortcutSupport {
    private static final Duration GRAB_TIMEOUT = Duration.ofSeconds(5);

    private ShortcutSupport() {
    }

    /** Quick Fill's shortcut for this process's desktop. */
    public static GlobalShortcut quickFillForThisDesktop() {
        return detect(KeyChord.QUICK_FILL, System.getenv(), System.getProperty("os.name", ""));
    }

    /** Quick Fill's shortcut as the user left it: taken when {@code on}, else turned off. */
    public static ShortcutSwitch quickFillSwitch(boolean on) {
        return new ShortcutSwitch(on ? quickFillForThisDesktop() : ShortcutSwitch.off(KeyChord.QUICK_FILL),
                ShortcutSupport::quickFillForThisDesktop);
    }

    public static GlobalShortcut detect(KeyChord chord, Map<String, String> env, String osName) {
        DesktopSession session = DesktopSession.of(env, osName);
        if (!session.x11Platform()) {
            return new Unsupported(chord.text(), GlobalShortcut.Unavailable.NOT_X11_PLATFORM);
        }
        if (session.display().isEmpty()) {
            return new Unsupported(chord.text(), session.wayland() ? GlobalShortcut.Unavailable.WAYLAND_ONLY
                    : GlobalShortcut.Unavailable.NO_DISPLAY);
        }
        return X11GlobalShortcut.grab(session.display().get(), chord,
                session.wayland() ? Optional.of(GlobalShortcut.Unavailable.WAYLAND_X11_APPS_ONLY) : Optional.empty(),
                GRAB_TIMEOUT);
    }
}
