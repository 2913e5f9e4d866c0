package dev.latchkey.model.store;

import java.util.UUID;

/**
 * One row of the items table. {@code primaryIndex} is the blind index of the item's primary
 * key. Rows read for listing carry no secret columns ({@code dekWrapped} and {@code secretCt}
 * are null).
 */
public record ItemRow(UUID itemId, int itemClass, long rowVersion, byte[] primaryIndex,
        byte[] metaCt, byte[] dekWrapped, byte[] secretCt) {

    public ItemRow withoutSecret() {
        return new ItemRow(itemId, itemClass, rowVersion, primaryIndex, metaCt, null, null);
    }
}
