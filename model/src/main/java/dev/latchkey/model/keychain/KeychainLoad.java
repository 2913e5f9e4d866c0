package dev.latchkey.model.keychain;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.store.ItemRow;
import dev.latchkey.model.store.KeychainStore;
import dev.latchkey.model.store.ManifestRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One load of a keychain's contents: every row checked against the manifest (its tag, the
 * XOR of per-row values and the count) and every item's metadata opened, in parallel. Items
 * whose metadata fails authentication are reported as damaged rather than loaded; a manifest
 * that does not match the rows fails the whole load as TAMPERED.
 */
record KeychainLoad(List<Item> items, Set<java.util.UUID> damaged, ManifestRecord manifest) {

    /**
     * @param unchanged the already-opened item for a row whose id and version are unchanged
     *     since the last load (or null), so reloads only decrypt what changed
     */
    static KeychainLoad of(KeychainStore.Contents contents, ManifestMac mac, ItemSealer sealer,
            Function<ItemRow, Item> unchanged) throws LatchkeyException {
        List<ItemRow> rows = contents.items();
        ManifestRecord manifest = contents.manifest();
        if (!mac.authentic(manifest)) {
            throw new LatchkeyException(Status.TAMPERED,
                    "the keychain's manifest failed its integrity check; the keychain was changed outside Latchkey");
        }
        byte[][] elements = new byte[rows.size()][];
        Item[] items = new Item[rows.size()];
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
            ItemRow row = rows.get(i);
            elements[i] = mac.element(row.itemId(), row.itemClass(), row.rowVersion());
            Item known = unchanged.apply(row);
            items[i] = known != null ? known : openOrNull(sealer, row);
        });
        byte[] accumulator = new byte[ManifestMac.LENGTH];
        for (byte[] e : elements) {
            ManifestMac.xorInto(accumulator, e);
        }
        if (!mac.matches(manifest, accumulator, rows.size())) {
            throw new LatchkeyException(Status.TAMPERED, "items were added, removed or rolled back "
                    + "outside Latchkey (" + manifest.itemCount() + " expected, " + rows.size() + " found)");
        }
        if (contents.settings().version() != manifest.settingsVersion()) {
            throw new LatchkeyException(Status.TAMPERED, "the keychain settings were rolled back outside Latchkey");
        }
        List<Item> loaded = new ArrayList<>(rows.size());
        Set<java.util.UUID> damaged = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (items[i] == null) {
                damaged.add(rows.get(i).itemId());
            } else {
                loaded.add(items[i]);
            }
        }
        return new KeychainLoad(loaded, damaged, manifest);
    }

    private static Item openOrNull(ItemSealer sealer, ItemRow row) {
        try {
            return sealer.openItem(row);
        } catch (LatchkeyException e) {
            return null;
        }
    }
}
