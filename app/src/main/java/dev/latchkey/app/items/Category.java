package dev.latchkey.app.items;

import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import java.util.Set;
import java.util.UUID;

/**
 * The sidebar's categories, as in Keychain Access. The first three are always listed; the
 * others only once the keychain holds such items.
 */
public enum Category {
    ALL_ITEMS(true),
    PASSWORDS(true),
    SECURE_NOTES(true),
    VERIFICATION_CODES(false),
    MY_CERTIFICATES(false),
    KEYS(false),
    CERTIFICATES(false);

    private final boolean alwaysListed;

    Category(boolean alwaysListed) {
        this.alwaysListed = alwaysListed;
    }

    public boolean alwaysListed() {
        return alwaysListed;
    }

    /**
     * Whether the item belongs here; {@code identities} are the certificates whose private key
     * the keychain also holds (an identity is a pair, not an item of its own).
     */
    public boolean matches(Item item, Set<UUID> identities) {
        ItemClass c = item.itemClass();
        return switch (this) {
            case ALL_ITEMS -> true;
            case PASSWORDS -> c.isPassword();
            case SECURE_NOTES -> c == ItemClass.SECURE_NOTE;
            // Codes on their own, and passwords that carry one.
            case VERIFICATION_CODES -> item.attributes().has(Attribute.OTP);
            case MY_CERTIFICATES -> identities.contains(item.id());
            case KEYS -> c == ItemClass.KEY;
            case CERTIFICATES -> c == ItemClass.CERTIFICATE;
        };
    }
}
