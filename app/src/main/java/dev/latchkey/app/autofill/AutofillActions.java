package dev.latchkey.app.autofill;

import dev.latchkey.app.autotype.AutoTyping;
import dev.latchkey.app.codes.CodeCopier;
import dev.latchkey.app.items.Category;
import dev.latchkey.app.items.ItemRow;
import dev.latchkey.app.items.ItemTableViewModel;
import dev.latchkey.app.toolkit.DialogService;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * The main window's actions for one-time codes, Quick Fill, auto-type and Security
 * Recommendations, on the keychain it shows and the item in focus.
 */
public final class AutofillActions {
    private final ItemTableViewModel table;
    private final AutofillWindows windows;
    private final CodeCopier codes;
    private final AutoTyping autoTyping;
    private final DialogService dialogs;
    private final BooleanBinding keychainShown;
    private final BooleanBinding canCopyCode;
    private final BooleanBinding canAutoType;

    public AutofillActions(ItemTableViewModel table, AutofillWindows windows, CodeCopier codes, AutoTyping autoTyping,
            DialogService dialogs) {
        this.table = table;
        this.windows = windows;
        this.codes = codes;
        this.autoTyping = autoTyping;
        this.dialogs = dialogs;
        keychainShown = table.stateProperty().isEqualTo(ItemTableViewModel.State.READY);
        canCopyCode = Bindings.createBooleanBinding(() -> {
            ItemRow r = table.focusedProperty().get();
            return r != null && r.item().attributes().has(Attribute.OTP);
        }, table.focusedProperty());
        canAutoType = Bindings.createBooleanBinding(() -> {
            ItemRow r = table.focusedProperty().get();
            return r != null && r.item().itemClass().isPassword();
        }, table.focusedProperty());
    }

    /** Add Code for the shown keychain, offering the focused password item to attach to. */
    public void addCode() {
        addCode(focusedItem(), false);
    }

    /** Add Code attached to {@code item} (from its inspector). */
    public void addCode(Item attachTo, boolean attachNow) {
        Keychain k = table.keychain();
        if (k == null) {
            return;
        }
        windows.addCode(k, attachTo, attachNow, ids -> {
            if (!ids.isEmpty()) {
                table.searchTextProperty().set("");
                table.categoryProperty().set(Category.VERIFICATION_CODES);
                table.selectWhenShown(ids.get(0));
            }
        });
    }

    /** Copies the focused item's one-time code (Ctrl+T). */
    public void copyCode() {
        Keychain k = table.keychain();
        Item item = focusedItem();
        if (k != null && item != null && item.attributes().has(Attribute.OTP)) {
            codes.copy(k, item, code -> { });
        }
    }

    /** Types the focused item's sequence into the window that was active before Latchkey. */
    public void autoType() {
        Keychain k = table.keychain();
        Item item = focusedItem();
        if (k != null && item != null && item.itemClass().isPassword()) {
            autoTyping.perform(k, item, () -> { }, dialogs::notify);
        }
    }

    public void quickFill() {
        windows.quickFill();
    }

    public void securityRecommendations() {
        Keychain k = table.keychain();
        if (k != null) {
            windows.securityRecommendations(k);
        }
    }

    /** Shows an item in the main window: all items, no search, the item selected. */
    public void reveal(UUID id) {
        table.searchTextProperty().set("");
        table.categoryProperty().set(Category.ALL_ITEMS);
        table.selectWhenShown(id);
    }

    private Item focusedItem() {
        ItemRow r = table.focusedProperty().get();
        return r == null ? null : r.item();
    }

    /** An unlocked keychain is shown (codes can be added, recommendations made). */
    public BooleanBinding keychainShownBinding() {
        return keychainShown;
    }

    public BooleanBinding canCopyCodeBinding() {
        return canCopyCode;
    }

    public BooleanBinding canAutoTypeBinding() {
        return canAutoType;
    }
}
