package dev.latchkey.app.hotkey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.PrivateXDisplay;
import dev.latchkey.app.testing.TypingTarget;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The system-wide shortcut against a real X server: a private Xvfb display, a login form in
 * another process holding the focus, and xdotool pressing keys as a user would. Each press the
 * shortcut hears is put in a queue; assertions wait for it rather than sleeping.
 */
class X11GlobalShortcutTest {
    private static PrivateXDisplay x;
    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    private GlobalShortcut shortcut;

    @BeforeAll
    static void startDisplay() throws Exception {
        x = PrivateXDisplay.start("xdotool");
    }

    @AfterAll
    static void stopDisplay() {
        if (x != null) {
            x.close();
        }
    }

    @AfterEach
    void release() throws InterruptedException {
        if (shortcut != null) {
            shortcut.close();
        }
        x.stopStarted();
    }

    private GlobalShortcut grab(KeyChord chord, String label) {
        GlobalShortcut s = ShortcutSupport.detect(chord, x.environment(), "Linux");
        s.onPressed(() -> heard.add(label));
        return s;
    }

    private void press(String keys) throws Exception {
        x.run("xdotool", "key", "--clearmodifiers", keys);
    }

    @Test
    void hearsTheCombinationWhileAnotherProgramHasTheFocusAndKeepsItFromThatProgram() throws Exception {
        BlockingQueue<String> target = x.startTypingTarget();
        PrivateXDisplay.await(target, "READY");
        String window = x.run("xdotool", "search", "--sync", "--name", TypingTarget.TITLE).strip().lines()
                .findFirst().orElseThrow();
        x.run("xdotool", "windowfocus", "--sync", window);
        shortcut = grab(KeyChord.QUICK_FILL, "quick fill");
        assertThat(shortcut.unavailable()).isEmpty();
        assertThat(shortcut.keys()).isEqualTo("Ctrl+Shift+Space");

        press("ctrl+shift+space");
        assertThat(heard.poll(20, TimeUnit.SECONDS)).isEqualTo("quick fill");

        // The focused form never saw the space: only what is typed afterwards arrives.
        x.run("xdotool", "type", "--window", window, "a");
        press("Tab");
        x.run("xdotool", "type", "b");
        press("Return");
        assertThat(PrivateXDisplay.await(target, "TYPED")).isEqualTo("TYPED a|b");
    }

    @Test
    void capsLockAndNumLockDoNotMatterButOtherModifiersDo() throws Exception {
        shortcut = grab(KeyChord.QUICK_FILL, "quick fill");
        assertThat(shortcut.unavailable()).isEmpty();
        GlobalShortcut marker = grab(new KeyChord("F9", 0, "F9"), "marker");
        try {
            press("ctrl+alt+shift+space");
            press("super+ctrl+shift+space");
            press("ctrl+space");
            press("F9");
            assertThat(heard.poll(20, TimeUnit.SECONDS)).as("presses are heard in order; none before F9")
                    .isEqualTo("marker");

            press("Num_Lock");
            press("ctrl+shift+space");
            assertThat(heard.poll(20, TimeUnit.SECONDS)).as("with Num Lock on").isEqualTo("quick fill");
            press("Num_Lock");
            press("Caps_Lock");
            press("ctrl+shift+space");
            assertThat(heard.poll(20, TimeUnit.SECONDS)).as("with Caps Lock on").isEqualTo("quick fill");
            press("Caps_Lock");
        } finally {
            marker.close();
        }
    }

    @Test
    void aCombinationAnotherProgramHoldsIsReportedAsTakenAndFreedOnClose() throws Exception {
        shortcut = grab(KeyChord.QUICK_FILL, "first");
        assertThat(shortcut.unavailable()).isEmpty();

        GlobalShortcut second = grab(KeyChord.QUICK_FILL, "second");
        assertThat(second.unavailable()).contains(GlobalShortcut.Unavailable.TAKEN);
        second.close();

        press("ctrl+shift+space");
        assertThat(heard.poll(20, TimeUnit.SECONDS)).as("the first holder still has it").isEqualTo("first");

        shortcut.close();
        shortcut = grab(KeyChord.QUICK_FILL, "third");
        assertThat(shortcut.unavailable()).as("closing gave the combination back").isEmpty();
        press("ctrl+shift+space");
        assertThat(heard.poll(20, TimeUnit.SECONDS)).isEqualTo("third");
    }

    @Test
    void aDisplayThatCannotBeReachedTurnsTheShortcutOff() {
        GlobalShortcut s = ShortcutSupport.detect(KeyChord.QUICK_FILL, Map.of("DISPLAY", ":1987"), "Linux");
        assertThat(s.unavailable()).contains(GlobalShortcut.Unavailable.NO_X_CONNECTION);
        s.close();
    }
}
