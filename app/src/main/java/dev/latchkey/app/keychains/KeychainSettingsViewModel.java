package dev.latchkey.app.keychains;

import dev.latchkey.app.settings.GuiPreferences;
import dev.latchkey.app.settings.GuiSettings;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainSettings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Keychain ▸ Keychain Settings: lock after N idle minutes and when the computer sleeps
 * (sealed in the keychain itself), and how long a copied password stays on the clipboard
 * (a setting of this app, in settings.json).
 */
public final class KeychainSettingsViewModel {
    public static final int MAX_MINUTES = 24 * 60;

    private final Keychain keychain;
    private final GuiPreferences preferences;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final BooleanProperty autoLock = new SimpleBooleanProperty();
    private final IntegerProperty minutes = new SimpleIntegerProperty();
    private final BooleanProperty lockOnSleep = new SimpleBooleanProperty();
    private final IntegerProperty clipboardSeconds = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();

    public KeychainSettingsViewModel(Keychain keychain, GuiPreferences preferences, TaskRunner runner,
            ErrorPresenter errors, Messages messages) {
        this.keychain = keychain;
        this.preferences = preferences;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        KeychainSettings s = keychain.settings();
        autoLock.set(s.autoLockMinutes() > 0);
        minutes.set(s.autoLockMinutes() > 0 ? Math.min(s.autoLockMinutes(), MAX_MINUTES)
                : KeychainSettings.DEFAULT.autoLockMinutes());
        lockOnSleep.set(s.lockOnSleep());
        clipboardSeconds.set(preferences.get().clipboardClearSeconds());
    }

    public String title() {
        return messages.get("settings.title", keychain.ref().name());
    }

    public void save() {
        int m = Math.max(1, Math.min(MAX_MINUTES, minutes.get()));
        KeychainSettings next = new KeychainSettings(autoLock.get() ? m : 0, lockOnSleep.get());
        int seconds = Math.max(GuiSettings.MIN_CLIPBOARD_SECONDS,
                Math.min(GuiSettings.MAX_CLIPBOARD_SECONDS, clipboardSeconds.get()));
        runner.runAction(() -> keychain.updateSettings(next)).busy(busy).onSuccess(v -> {
            preferences.update(g -> g.withClipboardClearSeconds(seconds));
            saved.set(true);
        }).onFailure(errors::present).start();
    }

    public BooleanProperty autoLockProperty() {
        return autoLock;
    }

    public IntegerProperty minutesProperty() {
        return minutes;
    }

    public BooleanProperty lockOnSleepProperty() {
        return lockOnSleep;
    }

    public IntegerProperty clipboardSecondsProperty() {
        return clipboardSeconds;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
