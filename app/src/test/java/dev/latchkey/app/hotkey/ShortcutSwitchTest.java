package dev.latchkey.app.hotkey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.PressableShortcut;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Turning the system-wide shortcut off gives the combination back; on takes it again, same receiver. */
class ShortcutSwitchTest {
    private final List<PressableShortcut> taken = new ArrayList<>();
    private final List<String> heard = new ArrayList<>();

    private PressableShortcut take() {
        PressableShortcut s = new PressableShortcut();
        taken.add(s);
        return s;
    }

    @Test
    void offGivesTheCombinationBackAndOnTakesItAgainForTheSameReceiver() {
        ShortcutSwitch sw = new ShortcutSwitch(take(), this::take);
        sw.onPressed(() -> heard.add("press"));
        taken.get(0).press();
        assertThat(heard).hasSize(1);

        sw.turn(false);
        assertThat(taken.get(0).closed()).as("given back").isTrue();
        assertThat(sw.currentProperty().get().unavailable()).contains(GlobalShortcut.Unavailable.TURNED_OFF);
        sw.turn(false);
        assertThat(taken).as("off twice takes nothing").hasSize(1);

        sw.turn(true);
        assertThat(taken).hasSize(2);
        assertThat(sw.currentProperty().get()).isSameAs(taken.get(1));
        taken.get(1).press();
        assertThat(heard).as("the receiver hears the new grab").hasSize(2);
        sw.turn(true);
        assertThat(taken).as("on twice takes it once").hasSize(2);

        sw.close();
        assertThat(taken.get(1).closed()).isTrue();
    }

    @Test
    void startingTurnedOffTakesNothingUntilTurnedOn() {
        ShortcutSwitch sw = new ShortcutSwitch(ShortcutSwitch.off(KeyChord.QUICK_FILL), this::take);
        assertThat(sw.currentProperty().get().unavailable()).contains(GlobalShortcut.Unavailable.TURNED_OFF);
        assertThat(taken).isEmpty();
        sw.turn(true);
        assertThat(taken).hasSize(1);
    }
}
