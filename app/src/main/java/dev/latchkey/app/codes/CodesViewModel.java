package dev.latchkey.app.codes;

import dev.latchkey.app.items.Category;
import dev.latchkey.app.items.ItemRow;
import dev.latchkey.app.items.ItemTableViewModel;
import dev.latchkey.app.toolkit.Cancellable;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.Scheduler;
import dev.latchkey.app.unlock.Authenticator;
import dev.latchkey.model.keychain.Keychain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Verification Codes category: the live codes of the items the table would list there
 * (same keychain, same search), with countdowns; a click copies a code, "Next Code" uses up a
 * counter-based one. Ticks only while the category is shown.
 */
public final class CodesViewModel {
    static final Duration TICK = Duration.ofMillis(250);
    static final Duration COPIED_FOR = Duration.ofSeconds(2);

    private final ItemTableViewModel table;
    private final LiveCodes live;
    private final CodeCopier copier;
    private final Authenticator authenticator;
    private final Scheduler scheduler;
    private final Messages messages;
    private final Runnable addCode;
    private final ObservableList<LiveCode> codes = FXCollections.observableArrayList();
    private final ObservableList<LiveCode> codesView = FXCollections.unmodifiableObservableList(codes);
    private final Map<UUID, LiveCode> byId = new HashMap<>();
    private final ReadOnlyObjectWrapper<LiveCode> copied = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding active;
    private Keychain shownKeychain;
    private Cancellable ticking = Cancellable.NONE;
    private Cancellable copiedTimer = Cancellable.NONE;

    /** @param addCode opens the Add Code dialog */
    public CodesViewModel(ItemTableViewModel table, LiveCodes live, CodeCopier copier, Authenticator authenticator,
            Scheduler scheduler, Messages messages, Runnable addCode) {
        this.table = table;
        this.live = live;
        this.copier = copier;
        this.authenticator = authenticator;
        this.scheduler = scheduler;
        this.messages = messages;
        this.addCode = addCode;
        active = table.categoryProperty().isEqualTo(Category.VERIFICATION_CODES)
                .and(table.stateProperty().isEqualTo(ItemTableViewModel.State.READY));
        active.addListener((o, was, now) -> activate(now));
        table.rows().addListener((ListChangeListener<ItemRow>) c -> {
            if (active.get()) {
                sync();
            }
        });
        activate(active.get());
    }

    private void activate(boolean on) {
        ticking.cancel();
        ticking = Cancellable.NONE;
        if (on) {
            sync();
            ticking = scheduler.every(TICK, this::tick);
        } else {
            codes.clear();
            byId.clear();
            shownKeychain = null;
        }
    }

    /** Follows the table's rows: new items get a code, changed ones keep theirs, gone ones drop. */
    private void sync() {
        Keychain k = table.keychain();
        if (k != shownKeychain) {
            byId.clear();
            shownKeychain = k;
        }
        List<LiveCode> next = new ArrayList<>();
        Map<UUID, LiveCode> kept = new HashMap<>();
        for (ItemRow row : table.rows()) {
            LiveCode c = byId.get(row.id());
            if (c == null) {
                c = new LiveCode(k, row.item());
            } else if (c.item() != row.item()) {
                c.update(row.item());
            }
            kept.put(row.id(), c);
            next.add(c);
        }
        byId.clear();
        byId.putAll(kept);
        if (!next.equals(codes)) {
            codes.setAll(next);
        }
        tick();
    }

    /** Moves countdowns on and refreshes codes that ran out. */
    public void tick() {
        live.tick(codes);
    }

    /**
     * Copies the code (the next one for a counter-based code, which shows it too); a
     * protected item asks for the keychain password first.
     */
    public void copy(LiveCode code) {
        if (code == null || code.stateProperty().get() == LiveCode.State.FAILED) {
            return;
        }
        copier.copy(code.keychain(), code.item(), used -> {
            if (code.isCounterBased() || code.stateProperty().get() != LiveCode.State.SHOWN) {
                code.show(used, live.clock().instant());
            }
            copied.set(code);
            copiedTimer.cancel();
            copiedTimer = scheduler.after(COPIED_FOR, () -> copied.set(null));
        });
    }

    /** Shows the code of an item that asks for the keychain password, once it is given. */
    public void reveal(LiveCode code) {
        if (code != null && authenticator.authenticate(code.keychain(),
                messages.get("reason.code", code.name()))) {
            live.refresh(List.of(code));
        }
    }

    /** Makes the code's item the table's selection, so Get Info, Delete and the menus act on it. */
    public void select(LiveCode code) {
        if (code == null) {
            table.select(List.of(), null);
            return;
        }
        for (ItemRow r : table.rows()) {
            if (r.id().equals(code.id())) {
                table.select(List.of(r), r);
                return;
            }
        }
    }

    public void addCode() {
        addCode.run();
    }

    /** The code of the item the table has in focus (e.g. one just added), or null. */
    public LiveCode focused() {
        ItemRow r = table.focusedProperty().get();
        return r == null ? null : byId.get(r.id());
    }

    public ObservableList<LiveCode> codes() {
        return codesView;
    }

    /** Whether the category is shown (and the view should be). */
    public BooleanBinding activeBinding() {
        return active;
    }

    /** The code copied in the last moments, for a "Copied" mark. */
    public ReadOnlyObjectProperty<LiveCode> copiedProperty() {
        return copied.getReadOnlyProperty();
    }

    public ItemTableViewModel table() {
        return table;
    }
}
