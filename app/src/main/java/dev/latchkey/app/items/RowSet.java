package dev.latchkey.app.items;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A keychain's rows in table order, with counts per category. Built off the UI thread; a
 * reload reuses the rows of items that did not change.
 */
record RowSet(List<ItemRow> rows, Map<UUID, ItemRow> byId, Set<UUID> identities, Map<Category, Integer> counts) {
    static final RowSet EMPTY = new RowSet(List.of(), Map.of(), Set.of(), counts(List.of(), Set.of()));
    /** Below this many rows a plain loop beats splitting the scan across cores. */
    private static final int PARALLEL_FROM = 20_000;

    static RowSet load(Keychain keychain, RowSet previous, ItemTexts texts, Comparator<ItemRow> order)
            throws LatchkeyException {
        return of(keychain.items(), keychain.ref(), previous, texts, order);
    }

    /** Rows for items of one source: a keychain, or the read-only System Roots. */
    static RowSet of(List<Item> all, KeychainRef source, RowSet previous, ItemTexts texts, Comparator<ItemRow> order) {
        // Trust settings are records about certificates, not items a user handles.
        List<Item> items = all.stream().filter(i -> i.itemClass() != ItemClass.TRUST_SETTING).toList();
        List<ItemRow> rows = new ArrayList<>(items.parallelStream().map(item -> {
            ItemRow old = previous.byId().get(item.id());
            return old != null && old.item().rowVersion() == item.rowVersion() && old.keychain().equals(source)
                    ? old : ItemRow.of(item, source, texts);
        }).toList());
        return sorted(rows, order, identities(items));
    }

    /** Certificates whose private key (a key item labelled with the certificate's key hash) is here too. */
    private static Set<UUID> identities(List<Item> items) {
        Set<ByteBuffer> keyHashes = new HashSet<>();
        for (Item i : items) {
            if (i.itemClass() == ItemClass.KEY) {
                i.attributes().bytes(Attribute.APPLICATION_LABEL).ifPresent(h -> keyHashes.add(ByteBuffer.wrap(h)));
            }
        }
        Set<UUID> out = new HashSet<>();
        if (keyHashes.isEmpty()) {
            return out;
        }
        for (Item i : items) {
            if (i.itemClass() == ItemClass.CERTIFICATE && i.attributes().bytes(Attribute.PUBLIC_KEY_HASH)
                    .map(h -> keyHashes.contains(ByteBuffer.wrap(h))).orElse(false)) {
                out.add(i.id());
            }
        }
        return out;
    }

    static RowSet sorted(List<ItemRow> rows, Comparator<ItemRow> order, Set<UUID> identities) {
        List<ItemRow> copy = new ArrayList<>(rows);
        copy.sort(order);
        Map<UUID, ItemRow> byId = new HashMap<>(copy.size() * 2);
        for (ItemRow r : copy) {
            byId.put(r.id(), r);
        }
        return new RowSet(List.copyOf(copy), byId, Set.copyOf(identities), counts(copy, identities));
    }

    private static Map<Category, Integer> counts(List<ItemRow> rows, Set<UUID> identities) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            counts.put(c, 0);
        }
        for (ItemRow r : rows) {
            for (Category c : Category.values()) {
                if (c.matches(r.item(), identities)) {
                    counts.merge(c, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Rows of {@code source} (kept in order) in the category that contain every term. */
    static List<ItemRow> filter(List<ItemRow> source, Category category, Set<UUID> identities, String[] terms) {
        boolean all = category == Category.ALL_ITEMS;
        if (all && terms.length == 0) {
            return source;
        }
        if (source.size() >= PARALLEL_FROM) {
            return source.parallelStream().filter(r -> (all || category.matches(r.item(), identities)) && r.matches(terms))
                    .toList();
        }
        List<ItemRow> out = new ArrayList<>();
        for (ItemRow r : source) {
            if ((all || category.matches(r.item(), identities)) && r.matches(terms)) {
                out.add(r);
            }
        }
        return out;
    }
}
