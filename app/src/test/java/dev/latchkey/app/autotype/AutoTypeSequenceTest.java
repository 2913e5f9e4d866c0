package dev.latchkey.app.autotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.app.autotype.AutoTypeSequence.Delay;
import dev.latchkey.app.autotype.AutoTypeSequence.Field;
import dev.latchkey.app.autotype.AutoTypeSequence.Key;
import dev.latchkey.app.autotype.AutoTypeSequence.Text;
import dev.latchkey.app.autotype.AutoTypeSequence.Value;
import dev.latchkey.app.autotype.Typist.Unavailable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AutoTypeSequenceTest {
    @TempDir
    Path bin;

    @Test
    void blankIsTheDefaultAccountTabPasswordEnter() {
        assertThat(AutoTypeSequence.of(null).steps()).containsExactly(new Value(Field.USERNAME), new Key("Tab"),
                new Value(Field.PASSWORD), new Key("Return"));
        assertThat(AutoTypeSequence.of("  ")).isEqualTo(AutoTypeSequence.DEFAULT);
    }

    @Test
    void parsesValuesKeysDelaysTextAndBraces() {
        AutoTypeSequence s = AutoTypeSequence.parse("{user}{TAB}{Password}{DELAY 300}{TAB}x{{}y{}}{TOTP}{ENTER}");
        assertThat(s.steps()).containsExactly(new Value(Field.USERNAME), new Key("Tab"), new Value(Field.PASSWORD),
                new Delay(Duration.ofMillis(300)), new Key("Tab"), new Text("x{y}"), new Value(Field.TOTP),
                new Key("Return"));
        assertThat(s.uses(Field.TOTP)).isTrue();
        assertThat(AutoTypeSequence.DEFAULT.uses(Field.TOTP)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{NOPE}", "{USERNAME", "a}b", "{DELAY -5}", "{DELAY 999999999}", "{DELAY x}"})
    void rejectsWhatItCannotType(String text) {
        assertThatThrownBy(() -> AutoTypeSequence.parse(text)).isInstanceOf(AutoTypeSequence.Invalid.class);
    }

    @Test
    void saysPlainlyWhyAutoTypeCannotWork() throws Exception {
        assertThat(AutoTypeSupport.detect(Map.of("DISPLAY", ":0"), "Windows 11", 1).unavailable())
                .contains(Unavailable.NOT_X11_PLATFORM);
        assertThat(AutoTypeSupport.detect(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", 1).unavailable())
                .contains(Unavailable.WAYLAND_ONLY);
        assertThat(AutoTypeSupport.detect(Map.of(), "Linux", 1).unavailable()).contains(Unavailable.NO_DISPLAY);
        assertThat(AutoTypeSupport.detect(Map.of("DISPLAY", ":0", "PATH", bin.toString()), "Linux", 1).unavailable())
                .contains(Unavailable.NO_XDOTOOL);
        fakeTool("xdotool");
        assertThat(AutoTypeSupport.detect(Map.of("DISPLAY", ":0", "PATH", bin.toString()), "Linux", 1).unavailable())
                .contains(Unavailable.NO_XPROP);
    }

    private void fakeTool(String name) throws Exception {
        Path tool = Files.writeString(bin.resolve(name), "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void readsTheActiveWindowFromXprop() {
        assertThat(ActiveWindowTracker.parse("_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3a00007"))
                .hasValue(0x3a00007);
        assertThat(ActiveWindowTracker.parse("_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0")).isEmpty();
        assertThat(ActiveWindowTracker.parse("_NET_ACTIVE_WINDOW:  not found.")).isEmpty();
    }
}
