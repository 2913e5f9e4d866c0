package dev.latchkey.model.item;

import java.util.Objects;
import java.util.UUID;

/**
 * One keychain item's metadata as decrypted at unlock. The secret is not here: it is read
 * on demand through the keychain, so listing and searching never touch it.
 */
public record Item(UUID id, ItemClass itemClass, ItemAttributes attributes, long rowVersion) {
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemClass, "itemClass");
        Objects.requireNonNull(attributes, "attributes");
    }

    /** What a list shows as the item's name: its label, else its service or server. */
    public String displayName() {
        return attributes.string(Attribute.LABEL)
                .or(() -> attributes.string(Attribute.SERVICE))
                .or(() -> attributes.string(Attribute.SERVER))
                .orElse("(unnamed " + itemClass.displayName() + ")");
    }

    /** The user-facing kind: the description attribute if set, else the class name. */
    public String kind() {
        return attributes.string(Attribute.DESCRIPTION).orElse(itemClass.displayName());
    }

    public boolean requiresPassword() {
        return attributes.flag(Attribute.REQUIRE_PASSWORD);
    }

    @Override
    public String toString() {
        return "Item[" + itemClass.appleCode() + " " + id + " v" + rowVersion + "]";
    }
}
