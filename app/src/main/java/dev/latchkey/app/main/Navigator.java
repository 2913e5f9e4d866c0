package dev.latchkey.app.main;

import dev.latchkey.app.unlock.Authenticator;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The windows the main window opens, behind an interface so its view model is testable
 * without a stage. Callbacks run on the UI thread once the window has done its job.
 */
public interface Navigator extends Authenticator {
    void createKeychain(boolean firstRun, Consumer<KeychainRef> created);

    void unlock(KeychainRef ref, Runnable unlocked);

    void newItem(Keychain keychain, ItemClass kind, Consumer<UUID> added);

    void inspect(Keychain keychain, Item item);

    void changePassword(KeychainRef ref);

    void keychainSettings(Keychain keychain);
}
