package dev.latchkey.model.keychain;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;

/** An item to add: class, attributes and its secret (owned by the caller, not closed by add). */
public record NewItem(ItemClass itemClass, ItemAttributes attributes, Secret secret) {
    @Override
    public String toString() {
        return "NewItem[" + itemClass.appleCode() + "]";
    }
}
