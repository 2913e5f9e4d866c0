package dev.latchkey.app.hotkey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where no X server can be asked, the shortcut says why it is off; no display is needed. */
class ShortcutSupportTest {
    @ParameterizedTest(name = "{0}, DISPLAY={1}, WAYLAND_DISPLAY={2} -> {3}")
    @CsvSource({
        "Windows 11, :0, '', NOT_X11_PLATFORM",
        "Mac OS X, :0, '', NOT_X11_PLATFORM",
        "Linux, '', wayland-0, WAYLAND_ONLY",
        "Linux, '', '', NO_DISPLAY",
        "FreeBSD, '', '', NO_DISPLAY",
    })
    void saysWhyTheShortcutIsOff(String os, String display, String wayland, GlobalShortcut.Unavailable expected) {
        GlobalShortcut s = ShortcutSupport.detect(KeyChord.QUICK_FILL,
                Map.of("DISPLAY", display, "WAYLAND_DISPLAY", wayland), os);
        assertThat(s.unavailable()).isEqualTo(Optional.of(expected));
        assertThat(s.keys()).isEqualTo("Ctrl+Shift+Space");
    }
}
