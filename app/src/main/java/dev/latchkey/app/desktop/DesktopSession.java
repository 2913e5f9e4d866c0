package dev.latchkey.app.desktop;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What kind of desktop this process runs on, from its environment: whether the platform is an
 * X11 one at all, the X display (also XWayland's), and whether the session is Wayland. Auto-type
 * and the system-wide shortcut both depend on it.
 *
 * @param x11Platform false on Windows and macOS
 * @param display the X display ({@code DISPLAY}), empty when there is none
 * @param wayland a Wayland session ({@code WAYLAND_DISPLAY} or {@code XDG_SESSION_TYPE=wayland})
 */
public record DesktopSession(boolean x11Platform, Optional<String> display, boolean wayland) {
    public static DesktopSession of(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean x11Platform = !os.startsWith("windows") && !os.startsWith("mac");
        boolean wayland = !blank(env.get("WAYLAND_DISPLAY"))
                || "wayland".equalsIgnoreCase(String.valueOf(env.get("XDG_SESSION_TYPE")));
        String display = env.get("DISPLAY");
        return new DesktopSession(x11Platform, blank(display) ? Optional.empty() : Optional.of(display), wayland);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
