package dev.latchkey.model.keychain;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;

/**
 * An item to add: class, attributes, its secret and optionally a one-time-code seed (stored
 * as {@link SecretKind#OTP_SEED} in the same transaction). Both secrets stay owned by the
 * caller: add does not close them.
 */
public record NewItem(ItemClass itemClass, ItemAttributes attributes, Secret secret, Secret otpSeed) {
    public NewItem(ItemClass itemClass, ItemAttributes attributes, Secret secret) {
        this(itemClass, attributes, secret, null);
    }

    @Override
    public String toString() {
        return "NewItem[" + itemClass.appleCode() + "]";
    }
}
