package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether a window can open at all, decided before JavaFX is asked. */
class GuiLauncherTest {
    @Test
    void linuxNeedsAnX11OrWaylandDisplay() {
        assertThat(GuiLauncher.missingDisplay(Map.of(), "Linux")).contains("no display (DISPLAY is not set)");
        assertThat(GuiLauncher.missingDisplay(Map.of("DISPLAY", " "), "Linux")).isPresent();
        assertThat(GuiLauncher.missingDisplay(Map.of("DISPLAY", ":0"), "Linux")).isEmpty();
        assertThat(GuiLauncher.missingDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux")).isEmpty();
        assertThat(GuiLauncher.missingDisplay(Map.of(), "FreeBSD")).isPresent();
    }

    @Test
    void windowsAndMacAlwaysHaveOne() {
        assertThat(GuiLauncher.missingDisplay(Map.of(), "Windows 11")).isEmpty();
        assertThat(GuiLauncher.missingDisplay(Map.of(), "Mac OS X")).isEmpty();
    }
}
