package dev.latchkey.model.keychain;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import java.util.EnumMap;
import java.util.Map;

/**
 * An item to add: class, attributes, its secret, optionally a one-time-code seed (stored as
 * {@link SecretKind#OTP_SEED}) and further secrets such as attachments, all sealed in the same
 * transaction. The secrets stay owned by the caller: add does not close them.
 */
public record NewItem(ItemClass itemClass, ItemAttributes attributes, Secret secret, Secret otpSeed,
        Map<SecretKind, Secret> moreSecrets) {
    public NewItem {
        moreSecrets = moreSecrets.isEmpty() ? Map.of() : new EnumMap<>(moreSecrets);
        if (moreSecrets.containsKey(SecretKind.PRIMARY) || moreSecrets.containsKey(SecretKind.OTP_SEED)) {
            throw new IllegalArgumentException("the primary secret and the seed have their own places");
        }
    }

    public NewItem(ItemClass itemClass, ItemAttributes attributes, Secret secret, Secret otpSeed) {
        this(itemClass, attributes, secret, otpSeed, Map.of());
    }

    public NewItem(ItemClass itemClass, ItemAttributes attributes, Secret secret) {
        this(itemClass, attributes, secret, null, Map.of());
    }

    /** The length of the largest secret, for the size limit. */
    int largestSecret() {
        int largest = Math.max(secret == null ? 0 : secret.length(), otpSeed == null ? 0 : otpSeed.length());
        for (Secret s : moreSecrets.values()) {
            largest = Math.max(largest, s.length());
        }
        return largest;
    }

    @Override
    public String toString() {
        return "NewItem[" + itemClass.appleCode() + "]";
    }
}
