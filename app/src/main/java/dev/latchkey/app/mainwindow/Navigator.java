package dev.latchkey.app.mainwindow;

import dev.latchkey.app.certassistant.AssistantTask;
import dev.latchkey.app.unlock.Authenticator;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import java.nio.file.Path;
import java.util.List;
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

    /** Get Info on a System Roots certificate; trust settings are kept in {@code trustKeychain} (null: none). */
    void inspectRoot(Item root, Keychain trustKeychain);

    /** File &gt; Import: asks for files to import into {@code keychain}; {@code imported} gets the first new item. */
    void chooseAndImport(Keychain keychain, Consumer<UUID> imported);

    /** Files dropped on the window: imports them, asking for passphrases; {@code imported} gets the first new item. */
    void importFiles(Keychain keychain, List<Path> files, Consumer<UUID> imported);

    /** File &gt; Import Passwords…: the import wizard into {@code keychain}; {@code imported} gets the first new item. */
    void importPasswords(Keychain keychain, Consumer<UUID> imported);

    /** File &gt; Export Passwords…: passwords as KDBX or CSV, or every item as an encrypted backup. */
    void exportPasswords(Keychain keychain);

    /** File &gt; Export: certificates, identities or keys of a keychain (null: System Roots). */
    void export(Keychain keychain, List<Item> items);

    /** The trust viewer ("Evaluate…") for a certificate. */
    void evaluate(Item certificate, Keychain trustKeychain);

    /** Certificate Assistant at a task's form (null: its introduction); {@code created} gets the new item. */
    void certificateAssistant(Keychain keychain, AssistantTask task, Consumer<UUID> created);

    void changePassword(KeychainRef ref);

    void keychainSettings(Keychain keychain);
}
