package dev.latchkey.app.codes;

import dev.latchkey.app.toolkit.Cancellable;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.Scheduler;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.unlock.Authenticator;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainListener;
import dev.latchkey.model.otp.VerificationCodes;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one-time code in an item's inspector: the live code with its countdown, copy, export
 * as QR code and URI (the model wants the keychain password entered within the last minute:
 * asked here), and for a password item without a code, setting one up.
 */
public final class ItemCodeViewModel {
    private final Keychain keychain;
    private final LiveCodes live;
    private final CodeCopier copier;
    private final Authenticator authenticator;
    private final Scheduler scheduler;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final BiConsumer<Item, char[]> showExport;
    private final Consumer<Item> setUp;
    private final ReadOnlyObjectWrapper<LiveCode> code = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final KeychainListener changes;
    private Item item;
    private Cancellable ticking = Cancellable.NONE;
    private Cancellable noticeTimer = Cancellable.NONE;

    /**
     * @param showExport opens the export window for the item's URI (it then owns and wipes the array)
     * @param setUp opens Add Code to attach a code to the item
     */
    public ItemCodeViewModel(Keychain keychain, Item item, LiveCodes live, CodeCopier copier,
            Authenticator authenticator, Scheduler scheduler, TaskRunner runner, ErrorPresenter errors,
            Messages messages, BiConsumer<Item, char[]> showExport, Consumer<Item> setUp) {
        this.keychain = keychain;
        this.item = item;
        this.live = live;
        this.copier = copier;
        this.authenticator = authenticator;
        this.scheduler = scheduler;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.showExport = showExport;
        this.setUp = setUp;
        this.changes = k -> runner.onUi(this::itemChanged);
        follow(item);
    }

    /** Whether an inspector for this item shows a code section at all. */
    public static boolean applies(Item item) {
        return item.attributes().has(Attribute.OTP) || item.itemClass().isPassword();
    }

    /** Starts the countdown and follows changes to the item (call when the inspector shows). */
    public void start() {
        keychain.addListener(changes);
        ticking = scheduler.every(CodesViewModel.TICK, this::tick);
        tick();
    }

    public void tick() {
        LiveCode c = code.get();
        if (c != null) {
            live.tick(List.of(c));
        }
    }

    private void follow(Item next) {
        item = next;
        LiveCode c = code.get();
        if (!next.attributes().has(Attribute.OTP)) {
            code.set(null);
        } else if (c == null) {
            code.set(new LiveCode(keychain, next));
        } else {
            c.update(next);
        }
    }

    private void itemChanged() {
        Optional<Item> now;
        try {
            now = keychain.isClosed() ? Optional.empty() : keychain.get(item.id());
        } catch (LatchkeyException e) {
            now = Optional.empty();
        }
        now.ifPresent(i -> {
            if (i.rowVersion() != item.rowVersion()) {
                follow(i);
                tick();
            }
        });
    }

    public void copy() {
        LiveCode c = code.get();
        if (c == null) {
            return;
        }
        copier.copy(keychain, item, used -> {
            if (c.isCounterBased() || c.stateProperty().get() != LiveCode.State.SHOWN) {
                c.show(used, live.clock().instant());
            }
            showNotice(messages.get("codes.copiedNotice"));
        });
    }

    public void reveal() {
        LiveCode c = code.get();
        if (c != null && authenticator.authenticate(keychain, messages.get("reason.code", item.displayName()))) {
            live.refresh(List.of(c));
        }
    }

    /** Exports the code's URI (and so its QR code) after the keychain password. */
    public void export() {
        export(true);
    }

    private void export(boolean mayAsk) {
        Item target = item;
        runner.run(() -> new VerificationCodes(keychain, live.clock()).exportUri(target.id())).onSuccess(uri ->
                showExport.accept(target, uri)).onFailure(e -> {
                    if (mayAsk && ErrorPresenter.hasStatus(e, Status.INTERACTION_REQUIRED)) {
                        if (authenticator.authenticate(keychain, messages.get("reason.export", target.displayName()))) {
                            export(false);
                        }
                    } else {
                        errors.present(e);
                    }
                }).start();
    }

    /** Opens Add Code to attach a code to this password item. */
    public void setUpCode() {
        setUp.accept(item);
    }

    private void showNotice(String text) {
        notice.set(text);
        noticeTimer.cancel();
        noticeTimer = scheduler.after(CodesViewModel.COPIED_FOR, () -> notice.set(""));
    }

    /** The inspector is closing. */
    public void dispose() {
        ticking.cancel();
        noticeTimer.cancel();
        keychain.removeListener(changes);
    }

    /** The live code, or null while the item has none. */
    public ReadOnlyObjectProperty<LiveCode> codeProperty() {
        return code.getReadOnlyProperty();
    }

    public boolean canSetUp() {
        return item.itemClass().isPassword();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
