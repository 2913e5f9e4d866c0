package dev.latchkey.app.keychains;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.settings.GuiPreferences;
import dev.latchkey.app.settings.GuiSettings;
import dev.latchkey.app.settings.GuiSettingsStore;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class KeychainSettingsViewModelTest {
    @TempDir
    Path home;
    private TestKeychains t;

    @Test
    void savesAutoLockInTheKeychainAndTheClipboardDelayInSettingsJson() throws LatchkeyException {
        t = new TestKeychains(home);
        Keychain login = t.unlocked("login");
        GuiSettingsStore store = new GuiSettingsStore(t.service.settings());
        GuiPreferences prefs = new GuiPreferences(store, GuiSettings.DEFAULT, t.runner);
        KeychainSettingsViewModel vm = new KeychainSettingsViewModel(login, prefs, t.runner, t.errors, t.messages);
        assertThat(vm.autoLockProperty().get()).isTrue();
        assertThat(vm.minutesProperty().get()).isEqualTo(KeychainSettings.DEFAULT.autoLockMinutes());
        assertThat(vm.clipboardSecondsProperty().get()).isEqualTo(30);

        vm.minutesProperty().set(5);
        vm.lockOnSleepProperty().set(false);
        vm.clipboardSecondsProperty().set(12);
        vm.save();
        assertThat(vm.savedProperty().get()).isTrue();
        assertThat(login.settings()).isEqualTo(new KeychainSettings(5, false));
        assertThat(store.load().clipboardClearSeconds()).isEqualTo(12);

        KeychainSettingsViewModel again = new KeychainSettingsViewModel(login, prefs, t.runner, t.errors, t.messages);
        again.autoLockProperty().set(false);
        again.save();
        assertThat(login.settings().autoLockMinutes()).as("never").isZero();
        KeychainSettingsViewModel third = new KeychainSettingsViewModel(login, prefs, t.runner, t.errors, t.messages);
        assertThat(third.autoLockProperty().get()).isFalse();
        assertThat(third.minutesProperty().get()).as("a sensible value to switch back on").isPositive();
    }
}
