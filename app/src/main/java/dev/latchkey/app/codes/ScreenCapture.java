package dev.latchkey.app.codes;

import java.util.Map;
import java.util.Optional;

/**
 * Whether Latchkey can see the screen to scan a QR code on it. In a Wayland session an app
 * sees only its own windows (a screenshot needs the desktop portal and the user's consent,
 * which JavaFX does not ask for), so scanning is offered there with a plain explanation.
 */
final class ScreenCapture {
    private ScreenCapture() {
    }

    /** The bundle key of the reason screen capture cannot work here, if it cannot. */
    static Optional<String> unavailableReason(Map<String, String> env) {
        boolean wayland = "wayland".equalsIgnoreCase(String.valueOf(env.get("XDG_SESSION_TYPE")))
                || !String.valueOf(env.getOrDefault("WAYLAND_DISPLAY", "")).isBlank();
        if (wayland) {
            return Optional.of("addCode.screen.wayland");
        }
        return Optional.empty();
    }
}
