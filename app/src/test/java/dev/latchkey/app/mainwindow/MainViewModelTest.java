package dev.latchkey.app.mainwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.certassistant.AssistantTask;
import dev.latchkey.app.clipboard.ClipboardGuard;
import dev.latchkey.app.items.ItemRow;
import dev.latchkey.app.items.ItemTableViewModel;
import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.keychains.KeychainEntry;
import dev.latchkey.app.keychains.KeychainsViewModel;
import dev.latchkey.app.settings.GuiPreferences;
import dev.latchkey.app.settings.GuiSettings;
import dev.latchkey.app.settings.GuiSettingsStore;
import dev.latchkey.app.settings.Theme;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.MemoryClipboard;
import dev.latchkey.app.testing.ScriptedAuthenticator;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.app.unlock.SecretReader;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import java.nio.file.Path;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class MainViewModelTest {
    @TempDir
    Path home;
    private TestKeychains t;
    private final MemoryClipboard clipboard = new MemoryClipboard();
    private final ScriptedNavigator navigator = new ScriptedNavigator();
    private GuiPreferences preferences;
    private ItemTableViewModel table;
    private MainViewModel vm;

    /** Records which windows the main window opened; unlocks with the right password when asked. */
    private final class ScriptedNavigator implements Navigator {
        final List<String> opened = new ArrayList<>();
        final ScriptedAuthenticator auth = new ScriptedAuthenticator();

        @Override
        public void createKeychain(boolean firstRun, Consumer<KeychainRef> created) {
            opened.add("create " + firstRun);
        }

        @Override
        public void unlock(KeychainRef ref, Runnable unlocked) {
            opened.add("unlock " + ref.name());
        }

        @Override
        public void newItem(Keychain keychain, ItemClass kind, Consumer<UUID> added) {
            opened.add("new " + kind);
        }

        @Override
        public void inspect(Keychain keychain, Item item) {
            opened.add("inspect " + item.displayName());
        }

        @Override
        public void inspectRoot(Item root, Keychain trustKeychain) {
            opened.add("inspect root " + root.displayName());
        }

        @Override
        public void chooseAndImport(Keychain keychain, Consumer<UUID> imported) {
            opened.add("choose and import into " + keychain.ref().name());
        }

        @Override
        public void importFiles(Keychain keychain, List<Path> files, Consumer<UUID> imported) {
            opened.add("import " + files.size() + " into " + keychain.ref().name());
        }

        @Override
        public void importPasswords(Keychain keychain, Consumer<UUID> imported) {
            opened.add("import passwords into " + keychain.ref().name());
        }

        @Override
        public void exportPasswords(Keychain keychain) {
            opened.add("export passwords of " + keychain.ref().name());
        }

        @Override
        public void export(Keychain keychain, List<Item> items) {
            opened.add("export " + items.size());
        }

        @Override
        public void evaluate(Item certificate, Keychain trustKeychain) {
            opened.add("evaluate " + certificate.displayName());
        }

        @Override
        public void certificateAssistant(Keychain keychain, AssistantTask task, Consumer<UUID> created) {
            opened.add("assistant " + task);
        }

        @Override
        public void changePassword(KeychainRef ref) {
            opened.add("change " + ref.name());
        }

        @Override
        public void keychainSettings(Keychain keychain) {
            opened.add("settings " + keychain.ref().name());
        }

        @Override
        public boolean authenticate(Keychain keychain, String reason) {
            opened.add("authenticate");
            return auth.authenticate(keychain, reason);
        }
    }
    @BeforeEach
    void setUp() {
        t = new TestKeychains(home);
        preferences = new GuiPreferences(new GuiSettingsStore(t.service.settings()), GuiSettings.DEFAULT, t.runner);
        ClipboardGuard guard = new ClipboardGuard(clipboard, t.time, t.time,
                () -> Duration.ofSeconds(preferences.get().clipboardClearSeconds()));
        table = new ItemTableViewModel(t.runner, t.errors, new ItemTexts(t.messages, Locale.ENGLISH, ZoneOffset.UTC));
        vm = new MainViewModel(new KeychainsViewModel(t.service, t.runner, t.dialogs, t.errors, t.messages), table,
                guard, new SecretReader(t.runner, navigator, t.errors), navigator, t.dialogs, t.errors, t.runner, t.time,
                preferences, t.messages);
    }

    private ItemRow select(String name) {
        ItemRow row = table.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        table.select(List.of(row), row);
        return row;
    }

    @Test
    void firstRunAsksToCreateTheLoginKeychain() {
        vm.start();
        assertThat(navigator.opened).containsExactly("create true");
        assertThat(table.stateProperty().get()).isEqualTo(ItemTableViewModel.State.NO_KEYCHAIN);
    }

    @Test
    void laterRunsAskToUnlockTheDefaultKeychain() throws LatchkeyException {
        t.service.create("login", TestKeychains.password());
        vm.start();
        assertThat(navigator.opened).containsExactly("unlock login");
        assertThat(table.stateProperty().get()).isEqualTo(ItemTableViewModel.State.LOCKED);
        assertThat(vm.lockStatusProperty().get()).isEqualTo("“login” locked");
        t.service.unlock(vm.keychains().selected().ref(), TestKeychains.password());
        assertThat(vm.selectedUnlockedProperty().get()).isTrue();
        assertThat(table.stateProperty().get()).isEqualTo(ItemTableViewModel.State.READY);
        assertThat(vm.lockStatusProperty().get()).isEqualTo("“login” unlocked");
    }

    @Test
    void copyPasswordPutsItOnTheClipboardUntilTheDelayEnds() throws LatchkeyException {
        Keychain login = t.unlocked("login");
        TestKeychains.addInternet(login, "GitHub", "github.com", "alice", "gh-secret");
        vm.start();
        assertThat(vm.itemCountBinding().get()).isEqualTo("1 item");
        select("GitHub");
        assertThat(vm.canCopyPassword().get()).isTrue();
        vm.copyPassword();
        assertThat(clipboard.current()).isEqualTo("gh-secret");
        assertThat(vm.clipboardStatusBinding().get()).isEqualTo("Password of “GitHub” on the clipboard · clears in 30 s");
        t.time.advance(Duration.ofSeconds(29));
        assertThat(clipboard.current()).isEqualTo("gh-secret");
        t.time.advance(Duration.ofSeconds(1));
        assertThat(clipboard.current()).isNull();
        assertThat(vm.clipboardStatusBinding().get()).isEmpty();

        vm.copyAccount();
        assertThat(clipboard.current()).isEqualTo("alice");
        assertThat(vm.noticeProperty().get()).isEqualTo("Account name of “GitHub” copied.");
        t.time.advance(MainViewModel.NOTICE_FOR);
        assertThat(vm.noticeProperty().get()).isEmpty();
    }

    @Test
    void copyingAProtectedPasswordAsksForTheKeychainPassword() throws LatchkeyException {
        Keychain login = t.unlocked("login");
        UUID id = TestKeychains.addGeneric(login, "Bank", "alice", "bank-secret");
        login.update(id, login.get(id).orElseThrow().attributes().toBuilder().set(Attribute.REQUIRE_PASSWORD, true)
                .build(), null);
        vm.start();
        select("Bank");
        t.time.advance(Duration.ofMinutes(2));
        vm.copyPassword();
        assertThat(navigator.opened).containsExactly("authenticate");
        assertThat(clipboard.current()).as("cancelled").isNull();
        navigator.auth.types(TestKeychains.PASSWORD);
        vm.copyPassword();
        assertThat(clipboard.current()).isEqualTo("bank-secret");
    }

    @Test
    void deletesSelectedItemsAfterConfirmation() throws LatchkeyException {
        Keychain login = t.unlocked("login");
        TestKeychains.addInternet(login, "GitHub", "github.com", "alice", "x");
        TestKeychains.addNote(login, "Note", "y");
        TestKeychains.addNote(login, "Other", "z");
        vm.start();
        select("GitHub");
        t.dialogs.answer(false);
        vm.deleteSelected();
        assertThat(login.items()).hasSize(3);
        assertThat(t.dialogs.confirmations.get(0).title()).isEqualTo("Delete “GitHub”?");
        t.dialogs.answer(true);
        vm.deleteSelected();
        assertThat(login.items()).extracting(Item::displayName).containsExactlyInAnyOrder("Note", "Other");
        assertThat(vm.noticeProperty().get()).isEqualTo("Deleted “GitHub”.");

        table.select(List.copyOf(table.rows()), table.rows().get(0));
        vm.deleteSelected();
        assertThat(t.dialogs.confirmations.get(2).title()).isEqualTo("Delete 2 items?");
        assertThat(login.items()).isEmpty();
        assertThat(table.emptyTextProperty().get()).startsWith("This keychain has no items yet");
    }

    @Test
    void lockingTheShownKeychainEmptiesTheTable() throws LatchkeyException {
        Keychain login = t.unlocked("login");
        TestKeychains.addNote(login, "Note", "y");
        vm.start();
        assertThat(table.rows()).hasSize(1);
        vm.lockSelected();
        assertThat(table.stateProperty().get()).isEqualTo(ItemTableViewModel.State.LOCKED);
        assertThat(table.rows()).isEmpty();
        assertThat(vm.selectedUnlockedProperty().get()).isFalse();
        vm.toggleLockSelected();
        assertThat(navigator.opened).containsExactly("unlock login");
    }

    @Test
    void opensTheWindowsForItemsAndKeychains() throws LatchkeyException {
        Keychain login = t.unlocked("login");
        TestKeychains.addNote(login, "Note", "y");
        vm.start();
        vm.newItem(ItemClass.INTERNET_PASSWORD);
        select("Note");
        vm.getInfo();
        vm.changePassword();
        vm.keychainSettings();
        vm.newKeychain();
        assertThat(navigator.opened).containsExactly("new INTERNET_PASSWORD", "inspect Note", "change login",
                "settings login", "create false");
    }

    @Test
    void certificateActionsGoToTheShownKeychain() throws Exception {
        Keychain login = t.unlocked("login");
        TestKeychains.importTestPki(login);
        TestKeychains.addNote(login, "Note", "y");
        vm.start();
        vm.importChosenFiles();
        vm.importFiles(List.of(home.resolve("dropped.p12")));
        ItemRow certificate = table.rows().stream().filter(r -> r.name().equals(TestPki.LEAF))
                .filter(r -> r.item().itemClass() == ItemClass.CERTIFICATE).findFirst().orElseThrow();
        table.select(List.of(certificate), certificate);
        assertThat(vm.canEvaluate().get()).isTrue();
        vm.evaluate();
        assertThat(vm.canExport().get()).isTrue();
        vm.exportSelected();
        vm.certificateAssistant(AssistantTask.SELF_SIGNED);
        assertThat(navigator.opened).containsExactly("choose and import into login", "import 1 into login",
                "evaluate " + TestPki.LEAF, "export 1", "assistant SELF_SIGNED");

        select("Note");
        assertThat(vm.canEvaluate().get()).isFalse();
        assertThat(vm.canExport().get()).isFalse();
        vm.exportSelected();
        assertThat(vm.noticeProperty().get()).isEqualTo("Select certificates or keys of one kind to export.");
    }

    @Test
    void systemRootsAreListedReadOnly() throws Exception {
        t.unlocked("login");
        vm.start();
        assertThat(vm.keychains().listed()).extracting(KeychainEntry::name).containsExactly("login", "System Roots");
        vm.keychains().selectedProperty().set(vm.keychains().systemRoots());
        assertThat(vm.systemRootsShownProperty().get()).isTrue();
        assertThat(vm.lockStatusProperty().get()).isEqualTo("“System Roots” is read-only");
        assertThat(table.rows()).as("the platform's roots").isNotEmpty()
                .allSatisfy(r -> assertThat(r.item().itemClass()).isEqualTo(ItemClass.CERTIFICATE));
        vm.importChosenFiles();
        assertThat(vm.noticeProperty().get()).isEqualTo("Select an unlocked keychain to import into.");
        select(table.rows().get(0).name());
        vm.deleteSelected();
        assertThat(vm.noticeProperty().get()).isEqualTo("System Roots is read-only: its certificates cannot be deleted.");
        vm.getInfo();
        assertThat(navigator.opened).last().asString().startsWith("inspect root ");
    }

    @Test
    void showsChangesMadeByACommandRunInTheService() throws LatchkeyException {
        Keychain login = t.unlocked("login");
        vm.start();
        assertThat(table.rows()).isEmpty();
        // A `latchkey` command from another process runs in the window's service, on a lease.
        try (var lease = t.service.lease(login.ref(), () -> {
            throw new AssertionError("unlocked in the window: no password");
        })) {
            TestKeychains.addNote(lease.keychain(), "From the CLI", "z");
        }
        t.time.advance(MainViewModel.POLL_EVERY);
        assertThat(table.rows()).extracting(ItemRow::name).containsExactly("From the CLI");
    }

    @Test
    void remembersTheChosenTheme() {
        vm.setTheme(Theme.DARK);
        assertThat(vm.theme()).isEqualTo(Theme.DARK);
        assertThat(new GuiSettingsStore(t.service.settings()).load().theme()).isEqualTo(Theme.DARK);
    }
}
