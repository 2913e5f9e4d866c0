package dev.latchkey.app.keychains;

import dev.latchkey.app.toolkit.Confirmation;
import dev.latchkey.app.toolkit.DialogService;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.trust.SystemRoots;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sidebar's keychains and the Keychain menu's actions that need no window of their own:
 * lock, lock all, make default, delete. Follows lock-state changes from the model, whichever
 * thread (or idle timer) caused them.
 */
public final class KeychainsViewModel {
    private final KeychainService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final ObservableList<KeychainEntry> keychains = FXCollections.observableArrayList();
    private final ObservableList<KeychainEntry> keychainsView = FXCollections.unmodifiableObservableList(keychains);
    /** The sidebar's list: the keychains, then System Roots. */
    private final ObservableList<KeychainEntry> listed = FXCollections.observableArrayList();
    private final ObservableList<KeychainEntry> listedView = FXCollections.unmodifiableObservableList(listed);
    /** Named after the Linux bundle; it is never opened as a keychain file. */
    private final KeychainEntry systemRoots = KeychainEntry.systemRoots(
            new KeychainRef(SystemRoots.NAME, SystemRoots.LINUX_BUNDLE));
    private final ObjectProperty<KeychainEntry> selected = new SimpleObjectProperty<>();

    public KeychainsViewModel(KeychainService service, TaskRunner runner, DialogService dialogs, ErrorPresenter errors,
            Messages messages) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        service.addLockListener((ref, state) -> runner.onUi(() -> find(ref).ifPresent(e -> e.state(state))));
    }

    public ObservableList<KeychainEntry> keychains() {
        return keychainsView;
    }

    /** What the sidebar lists: the keychains, then the read-only System Roots. */
    public ObservableList<KeychainEntry> listed() {
        return listedView;
    }

    public KeychainEntry systemRoots() {
        return systemRoots;
    }

    /** The default keychain, when it is unlocked: where settings about System Roots are kept. */
    public Optional<Keychain> unlockedDefault() {
        return keychains.stream().filter(KeychainEntry::isDefault).findFirst().flatMap(this::unlocked);
    }

    public ObjectProperty<KeychainEntry> selectedProperty() {
        return selected;
    }

    public KeychainEntry selected() {
        return selected.get();
    }

    public Optional<KeychainEntry> find(KeychainRef ref) {
        return keychains.stream().filter(e -> e.ref().equals(ref)).findFirst();
    }

    /** The unlocked keychain behind an entry, if it is unlocked. */
    public Optional<Keychain> unlocked(KeychainEntry entry) {
        return entry == null || entry.isSystemRoots() ? Optional.empty() : service.unlocked(entry.ref());
    }

    /** Re-reads the keychains folder and the default; {@code done} gets the default keychain, if any. */
    public void refresh(Consumer<Optional<KeychainRef>> done) {
        runner.run(() -> new Listing(service.list(), service.defaultKeychain()))
                .onSuccess(listing -> {
                    apply(listing);
                    done.accept(listing.defaultKeychain());
                })
                .start();
    }

    private record Listing(List<KeychainRef> refs, Optional<KeychainRef> defaultKeychain) {
    }

    private void apply(Listing listing) {
        KeychainEntry wasSelected = selected.get();
        List<KeychainEntry> next = new ArrayList<>();
        for (KeychainRef ref : listing.refs()) {
            KeychainEntry e = find(ref).orElseGet(() -> new KeychainEntry(ref, service.state(ref)));
            e.state(service.state(ref));
            e.isDefault(listing.defaultKeychain().map(ref::equals).orElse(false));
            next.add(e);
        }
        keychains.setAll(next);
        List<KeychainEntry> all = new ArrayList<>(next);
        all.add(systemRoots);
        listed.setAll(all);
        if (wasSelected != null && all.contains(wasSelected)) {
            selected.set(wasSelected);
        } else {
            selected.set(listing.defaultKeychain().flatMap(this::find).orElse(next.isEmpty() ? null : next.get(0)));
        }
    }

    /** Selects a keychain by ref once it is listed. */
    public void select(KeychainRef ref) {
        find(ref).ifPresent(selected::set);
    }

    public void lock(KeychainEntry entry) {
        if (entry != null && !entry.isSystemRoots() && entry.isUnlocked()) {
            runner.runAction(() -> service.lock(entry.ref())).start();
        }
    }

    public void lockAll() {
        runner.runAction(service::lockAll).start();
    }

    public void makeDefault(KeychainEntry entry) {
        if (entry == null || entry.isSystemRoots() || entry.isDefault()) {
            return;
        }
        runner.runAction(() -> service.setDefaultKeychain(entry.ref()))
                .onSuccess(v -> refresh(d -> { }))
                .onFailure(errors::present)
                .start();
    }

    /** Deletes the keychain file after the user confirms (the only copy of its items goes with it). */
    public void delete(KeychainEntry entry) {
        if (entry == null || entry.isSystemRoots()) {
            return;
        }
        boolean confirmed = dialogs.confirm(new Confirmation(messages.get("deleteKeychain.title", entry.name()),
                messages.get("deleteKeychain.message", entry.name()), messages.get("deleteKeychain.action"), true));
        if (!confirmed) {
            return;
        }
        runner.runAction(() -> service.delete(entry.ref()))
                .onSuccess(v -> {
                    selected.set(null);
                    refresh(d -> { });
                    dialogs.notify(messages.get("deleteKeychain.done", entry.name()));
                })
                .onFailure(errors::present)
                .start();
    }
}
