package dev.latchkey.app.shell;

import dev.latchkey.app.autotype.AutoTypeSupport;
import dev.latchkey.app.autotype.Typist;
import dev.latchkey.app.clipboard.ClipboardSupport;
import dev.latchkey.app.hotkey.ShortcutSwitch;
import dev.latchkey.app.hotkey.ShortcutSupport;
import dev.latchkey.app.settings.GuiSettings;
import dev.latchkey.app.settings.GuiSettingsStore;
import dev.latchkey.app.toolkit.SystemClipboard;
import dev.latchkey.model.keychain.KeychainService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the window needs before it can be built: the keychain service, the saved window
 * settings, the desktop's light or dark preference, the auto-type support, the system-wide
 * Quick Fill shortcut and the clipboard. None of it needs JavaFX, so it is read while JavaFX
 * starts its toolkit (about a second at start-up, most of it loading classes) instead of after.
 */
record StartupState(KeychainService service, GuiSettings settings, boolean systemDark, Typist typist,
        ShortcutSwitch shortcut, SystemClipboard clipboard) {
    private static volatile CompletableFuture<StartupState> reading;

    /** Starts reading on a pool thread; {@link #await} picks the result up. */
    static void startReading() {
        reading = CompletableFuture.supplyAsync(StartupState::read);
    }

    /** The state read since {@link #startReading}, or read now if that was never called. */
    static StartupState await() {
        CompletableFuture<StartupState> r = reading;
        if (r == null) {
            return read();
        }
        try {
            return r.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static StartupState read() {
        KeychainService service = KeychainService.forUser();
        GuiSettings settings = new GuiSettingsStore(service.settings()).load();
        return new StartupState(service, settings, SystemAppearance.prefersDark(), AutoTypeSupport.forThisDesktop(),
                ShortcutSupport.quickFillSwitch(settings.quickFillEverywhere()), ClipboardSupport.forThisDesktop());
    }
}
