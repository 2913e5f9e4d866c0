package dev.latchkey.app.mainwindow;

import dev.latchkey.app.certassistant.AssistantTask;
import dev.latchkey.app.clipboard.ClipboardGuard;
import dev.latchkey.app.items.ItemActions;
import dev.latchkey.app.items.ItemRow;
import dev.latchkey.app.items.ItemTableViewModel;
import dev.latchkey.app.keychains.KeychainEntry;
import dev.latchkey.app.keychains.KeychainsViewModel;
import dev.latchkey.app.settings.GuiPreferences;
import dev.latchkey.app.settings.Theme;
import dev.latchkey.app.toolkit.Cancellable;
import dev.latchkey.app.toolkit.Confirmation;
import dev.latchkey.app.toolkit.DialogService;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.Scheduler;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.unlock.SecretReader;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.LockState;
import dev.latchkey.model.trust.SystemRoots;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

/**
 * The main window: which keychain the table shows, the toolbar and menu actions on items and
 * keychains, and the status bar. Windows it needs come from the {@link Navigator}.
 */
public final class MainViewModel implements ItemActions {
    static final Duration POLL_EVERY = Duration.ofSeconds(5);
    static final Duration NOTICE_FOR = Duration.ofSeconds(4);

    private final KeychainsViewModel keychains;
    private final ItemTableViewModel table;
    private final ClipboardGuard clipboard;
    private final SecretReader secrets;
    private final Navigator navigator;
    private final DialogService dialogs;
    private final ErrorPresenter errors;
    private final TaskRunner runner;
    private final Scheduler scheduler;
    private final GuiPreferences preferences;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper selectedUnlocked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper systemRootsShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper lockStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final StringBinding itemCount;
    private final StringBinding clipboardStatus;
    private final BooleanBinding hasFocusedItem;
    private final BooleanBinding canCopyPassword;
    private final BooleanBinding canCopyAccount;
    private final BooleanBinding canExport;
    private final BooleanBinding canEvaluate;
    private final ChangeListener<LockState> stateChange = (o, old, now) -> showSelected();
    private KeychainEntry watched;
    private Cancellable noticeTimer = Cancellable.NONE;
    private Cancellable polling = Cancellable.NONE;
    private boolean pollFailed;

    public MainViewModel(KeychainsViewModel keychains, ItemTableViewModel table, ClipboardGuard clipboard,
            SecretReader secrets, Navigator navigator, DialogService dialogs, ErrorPresenter errors, TaskRunner runner,
            Scheduler scheduler, GuiPreferences preferences, Messages messages) {
        this.keychains = keychains;
        this.table = table;
        this.clipboard = clipboard;
        this.secrets = secrets;
        this.navigator = navigator;
        this.dialogs = dialogs;
        this.errors = errors;
        this.runner = runner;
        this.scheduler = scheduler;
        this.preferences = preferences;
        this.messages = messages;
        keychains.selectedProperty().addListener((o, old, now) -> showSelected());
        itemCount = Bindings.createStringBinding(() -> {
            int total = table.totalProperty().get();
            int shown = table.rows().size();
            if (table.stateProperty().get() != ItemTableViewModel.State.READY) {
                return "";
            }
            return shown == total ? messages.get("status.items", total) : messages.get("status.itemsOf", shown, total);
        }, table.totalProperty(), table.rows(), table.stateProperty());
        clipboardStatus = Bindings.createStringBinding(() -> clipboard.secondsLeftProperty().get() == 0 ? ""
                : messages.get("status.clipboard", clipboard.whatProperty().get(), clipboard.secondsLeftProperty().get()),
                clipboard.secondsLeftProperty(), clipboard.whatProperty());
        hasFocusedItem = table.focusedProperty().isNotNull();
        canCopyPassword = Bindings.createBooleanBinding(() -> {
            ItemRow r = table.focusedProperty().get();
            return r != null && r.item().itemClass().isPassword();
        }, table.focusedProperty());
        canCopyAccount = Bindings.createBooleanBinding(() -> {
            ItemRow r = table.focusedProperty().get();
            return r != null && !r.account().isEmpty();
        }, table.focusedProperty());
        canExport = Bindings.createBooleanBinding(() -> exportable(table.selection()), table.selection());
        canEvaluate = Bindings.createBooleanBinding(() -> {
            ItemRow r = table.focusedProperty().get();
            return r != null && r.item().itemClass() == ItemClass.CERTIFICATE;
        }, table.focusedProperty());
    }

    /** First run: create the login keychain; later runs: unlock the default keychain. */
    public void start() {
        keychains.refresh(defaultKeychain -> {
            if (keychains.keychains().isEmpty()) {
                navigator.createKeychain(true, this::created);
            } else {
                defaultKeychain.ifPresent(keychains::select);
                KeychainEntry e = keychains.selected();
                if (e != null && !e.isUnlocked()) {
                    navigator.unlock(e.ref(), () -> { });
                }
            }
        });
        polling = scheduler.every(POLL_EVERY, this::poll);
    }

    private void created(dev.latchkey.model.keychain.KeychainRef ref) {
        keychains.refresh(d -> keychains.select(ref));
    }

    /** Picks up changes other processes (the CLI) made to the shown keychain. */
    private void poll() {
        Keychain k = table.keychain();
        if (k == null || pollFailed) {
            return;
        }
        runner.runAction(k::refresh).onFailure(e -> {
            if (!ErrorPresenter.hasStatus(e, Status.KEYCHAIN_LOCKED)) {
                pollFailed = true;
                errors.present(e);
            }
        }).start();
    }

    private void showSelected() {
        KeychainEntry e = keychains.selected();
        if (watched != e) {
            if (watched != null) {
                watched.stateProperty().removeListener(stateChange);
            }
            watched = e;
            if (e != null) {
                e.stateProperty().addListener(stateChange);
            }
            pollFailed = false;
        }
        Keychain k = e == null ? null : keychains.unlocked(e).orElse(null);
        selectedUnlocked.set(k != null);
        systemRootsShown.set(e != null && e.isSystemRoots());
        if (e == null) {
            table.showNothing();
            lockStatus.set("");
        } else if (e.isSystemRoots()) {
            table.showReadOnly(e.ref(), () -> SystemRoots.platform().items());
            lockStatus.set(messages.get("status.readOnly", e.name()));
        } else if (k != null) {
            table.show(k);
            lockStatus.set(messages.get("status.unlocked", e.name()));
        } else {
            table.showLocked(e.name());
            lockStatus.set(messages.get("status.locked", e.name()));
        }
    }

    // ---- keychain actions ------------------------------------------------------------------

    /** The sidebar's lock button: lock an unlocked keychain, ask for the password of a locked one. */
    public void toggleLock(KeychainEntry entry) {
        if (entry == null || entry.isSystemRoots()) {
            return;
        }
        if (entry.isUnlocked()) {
            keychains.lock(entry);
        } else {
            keychains.selectedProperty().set(entry);
            navigator.unlock(entry.ref(), () -> { });
        }
    }

    @Override
    public void unlockShown() {
        toggleLockSelected();
    }

    public void toggleLockSelected() {
        toggleLock(keychains.selected());
    }

    public void lockSelected() {
        keychains.lock(keychains.selected());
    }

    public void lockAll() {
        keychains.lockAll();
    }

    @Override
    public void newKeychain() {
        navigator.createKeychain(false, this::created);
    }

    public void deleteKeychain() {
        keychains.delete(keychains.selected());
    }

    public void changePassword() {
        KeychainEntry e = keychains.selected();
        if (e != null) {
            navigator.changePassword(e.ref());
        }
    }

    public void makeDefault() {
        keychains.makeDefault(keychains.selected());
    }

    public void keychainSettings() {
        Keychain k = table.keychain();
        if (k != null) {
            navigator.keychainSettings(k);
        }
    }

    public void setTheme(Theme theme) {
        preferences.update(g -> g.withTheme(theme));
    }

    /** View > Quick Fill from Any Application: whether Ctrl+Shift+Space is taken desktop-wide. */
    public void setQuickFillEverywhere(boolean on) {
        preferences.update(g -> g.withQuickFillEverywhere(on));
    }

    public boolean quickFillEverywhere() {
        return preferences.get().quickFillEverywhere();
    }

    // ---- item actions ----------------------------------------------------------------------

    public void newItem(ItemClass kind) {
        Keychain k = table.keychain();
        if (k != null) {
            navigator.newItem(k, kind, this::added);
        }
    }

    private void added(UUID id) {
        table.selectWhenShown(id);
    }

    @Override
    public void getInfo() {
        ItemRow row = table.focusedProperty().get();
        Keychain k = table.keychain();
        if (row != null && k != null) {
            navigator.inspect(k, row.item());
        } else if (row != null && table.showsReadOnly()) {
            navigator.inspectRoot(row.item(), keychains.unlockedDefault().orElse(null));
        }
    }

    // ---- certificates ----------------------------------------------------------------------

    /**
     * The keychain whose certificates and trust settings count for what is shown: the shown
     * keychain, or for System Roots the default keychain when it is unlocked (else null).
     */
    public Keychain trustKeychain() {
        Keychain k = table.keychain();
        return k != null ? k : keychains.unlockedDefault().orElse(null);
    }

    /** File &gt; Import: asks which files, then imports them into the shown keychain. */
    public void importChosenFiles() {
        Keychain k = table.keychain();
        if (k == null) {
            showNotice(messages.get("notice.importNeedsKeychain"));
            return;
        }
        navigator.chooseAndImport(k, this::added);
    }

    /** File &gt; Import Passwords…: the import wizard into the shown keychain. */
    public void importPasswords() {
        Keychain k = table.keychain();
        if (k == null) {
            showNotice(messages.get("notice.importNeedsKeychain"));
            return;
        }
        navigator.importPasswords(k, this::added);
    }

    /** File &gt; Export Passwords…: the shown keychain's passwords, or every item as a backup. */
    public void exportPasswords() {
        Keychain k = table.keychain();
        if (k == null) {
            showNotice(messages.get("notice.exportNeedsKeychain"));
            return;
        }
        navigator.exportPasswords(k);
    }

    /** Files dropped on the window: into the shown keychain. */
    public void importFiles(List<Path> files) {
        Keychain k = table.keychain();
        if (files.isEmpty()) {
            return;
        }
        if (k == null) {
            showNotice(messages.get("notice.importNeedsKeychain"));
            return;
        }
        navigator.importFiles(k, files, this::added);
    }

    /** File &gt; Export: the selected certificates (with their keys, when they are identities) or keys. */
    public void exportSelected() {
        List<ItemRow> rows = List.copyOf(table.selection());
        if (!exportable(rows)) {
            showNotice(messages.get("notice.exportWhat"));
            return;
        }
        navigator.export(table.keychain(), rows.stream().map(ItemRow::item).toList());
    }

    /** Certificates or keys of one kind; keys only from a keychain. */
    private boolean exportable(List<ItemRow> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        ItemClass first = rows.get(0).item().itemClass();
        boolean oneKind = rows.stream().allMatch(r -> r.item().itemClass() == first);
        return oneKind && (first == ItemClass.CERTIFICATE || first == ItemClass.KEY && table.keychain() != null);
    }

    /** Certificates &gt; Evaluate: the trust viewer for the selected certificate. */
    public void evaluate() {
        ItemRow row = table.focusedProperty().get();
        if (row != null && row.item().itemClass() == ItemClass.CERTIFICATE) {
            navigator.evaluate(row.item(), trustKeychain());
        }
    }

    /** Certificate Assistant on the shown keychain, at {@code task} (null: its introduction). */
    public void certificateAssistant(AssistantTask task) {
        Keychain k = table.keychain();
        if (k == null) {
            showNotice(messages.get("notice.assistantNeedsKeychain"));
            return;
        }
        navigator.certificateAssistant(k, task, this::added);
    }

    @Override
    public void copyPassword() {
        ItemRow row = table.focusedProperty().get();
        Keychain k = table.keychain();
        if (row == null || k == null || !row.item().itemClass().isPassword()) {
            return;
        }
        secrets.read(k, row.item(), messages.get("reason.copy", row.name()), secret -> {
            char[] chars = secret.toChars();
            try {
                clipboard.copySecret(chars, messages.get("clipboard.password", row.name()));
            } finally {
                Wipe.chars(chars);
            }
        }, () -> { });
    }

    @Override
    public void copyAccount() {
        ItemRow row = table.focusedProperty().get();
        if (row != null && !row.account().isEmpty()) {
            clipboard.copyText(row.account());
            showNotice(messages.get("notice.accountCopied", row.name()));
        }
    }

    /** Deletes the selected items after the user confirms. */
    @Override
    public void deleteSelected() {
        List<ItemRow> rows = List.copyOf(table.selection());
        Keychain k = table.keychain();
        if (!rows.isEmpty() && table.showsReadOnly()) {
            showNotice(messages.get("notice.readOnly"));
        }
        if (rows.isEmpty() || k == null) {
            return;
        }
        Confirmation question = rows.size() == 1
                ? new Confirmation(messages.get("deleteItem.title", rows.get(0).name()),
                        messages.get("deleteItem.message", k.ref().name()), messages.get("deleteItem.action"), true)
                : new Confirmation(messages.get("deleteItems.title", rows.size()),
                        messages.get("deleteItems.message", rows.size(), k.ref().name()),
                        messages.get("deleteItem.action"), true);
        if (!dialogs.confirm(question)) {
            return;
        }
        List<UUID> ids = rows.stream().map(ItemRow::id).toList();
        runner.runAction(() -> k.deleteAll(ids))
                .onSuccess(v -> showNotice(rows.size() == 1 ? messages.get("notice.deleted", rows.get(0).name())
                        : messages.get("notice.deletedMany", rows.size())))
                .onFailure(errors::present)
                .start();
    }

    private void showNotice(String text) {
        notice.set(text);
        noticeTimer.cancel();
        noticeTimer = scheduler.after(NOTICE_FOR, () -> notice.set(""));
    }

    /** The window is closing: take our secret off the clipboard, stop timers. */
    public void shutdown() {
        polling.cancel();
        noticeTimer.cancel();
        clipboard.clearNow();
    }

    // ---- state for the view ----------------------------------------------------------------

    public KeychainsViewModel keychains() {
        return keychains;
    }

    public ItemTableViewModel table() {
        return table;
    }

    public ReadOnlyBooleanProperty selectedUnlockedProperty() {
        return selectedUnlocked.getReadOnlyProperty();
    }

    /** True while System Roots is shown: browsable and searchable, but read-only. */
    public ReadOnlyBooleanProperty systemRootsShownProperty() {
        return systemRootsShown.getReadOnlyProperty();
    }

    public BooleanBinding canExport() {
        return canExport;
    }

    public BooleanBinding canEvaluate() {
        return canEvaluate;
    }

    public ReadOnlyStringProperty lockStatusProperty() {
        return lockStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public StringBinding itemCountBinding() {
        return itemCount;
    }

    public StringBinding clipboardStatusBinding() {
        return clipboardStatus;
    }

    @Override
    public BooleanBinding canCopyPassword() {
        return canCopyPassword;
    }

    @Override
    public BooleanBinding canCopyAccount() {
        return canCopyAccount;
    }

    @Override
    public BooleanBinding hasFocusedItem() {
        return hasFocusedItem;
    }

    public Theme theme() {
        return preferences.get().theme();
    }
}
