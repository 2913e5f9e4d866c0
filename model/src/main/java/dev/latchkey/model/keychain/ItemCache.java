package dev.latchkey.model.keychain;

import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Metadata decrypted at unlock, with a folded search text per item ({@link ItemSearch#text}),
 * so free-text search is an in-memory scan (through an {@link ItemSearchIndex} rebuilt on the first search after a
 * change). Search texts are made on the first search, not at unlock, so commands that never
 * search never pay for them. Safe to read from any thread while one writer updates it.
 */
final class ItemCache {
    private static final class Entry {
        final Item item;
        /** Made on the first search that needs it; may be made twice by racing searches, harmlessly. */
        volatile String haystack;

        Entry(Item item) {
            this.item = item;
        }

        String haystack() {
            String h = haystack;
            if (h == null) {
                h = ItemSearch.text(item);
                haystack = h;
            }
            return h;
        }
    }

    private volatile Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private volatile long generation;
    /** Counts changes, so a search index built from older contents is never used. */
    private final AtomicLong version = new AtomicLong();
    private volatile ItemSearchIndex searchIndex;
    private volatile ExactIndex exactIndex;

    long generation() {
        return generation;
    }

    void generation(long generation) {
        this.generation = generation;
    }

    void put(Item item) {
        entries.put(item.id(), new Entry(item));
        version.incrementAndGet();
    }

    void remove(UUID id) {
        entries.remove(id);
        version.incrementAndGet();
    }

    void clear() {
        entries.clear();
        version.incrementAndGet();
        searchIndex = null;
        exactIndex = null;
    }

    /**
     * Replaces the whole contents with {@code items} (a full load), keeping the search texts of
     * items unchanged since the last load.
     */
    void replaceAll(List<Item> items) {
        Map<UUID, Entry> old = entries;
        Map<UUID, Entry> next = new ConcurrentHashMap<>(Math.max(16, items.size() * 4 / 3 + 1));
        for (Item item : items) {
            Entry previous = old.get(item.id());
            next.put(item.id(), previous != null && previous.item == item ? previous : new Entry(item));
        }
        entries = next;
        version.incrementAndGet();
        searchIndex = null;
        exactIndex = null;
    }

    Optional<Item> get(UUID id) {
        Entry e = entries.get(id);
        return e == null ? Optional.empty() : Optional.of(e.item);
    }

    int size() {
        return entries.size();
    }

    List<Item> items() {
        Map<UUID, Entry> current = entries;
        List<Item> out = new ArrayList<>(current.size());
        for (Entry e : current.values()) {
            out.add(e.item);
        }
        return out;
    }

    /** Items that match every term of {@code text} as {@link ItemSearch} defines it; all items for blank text. */
    List<Item> search(String text) {
        String[] terms = ItemSearch.terms(text);
        return terms.length == 0 ? items() : currentSearchIndex().search(terms);
    }

    /** Items whose {@code attribute} equals {@code value}; {@code attribute} is one {@link ExactIndex} keeps. */
    List<Item> lookup(Attribute attribute, Object value) {
        ExactIndex index = exactIndex;
        long current = version.get();
        if (index == null || index.version() != current) {
            // As for the search index: a change meanwhile bumps the version, so the next lookup rebuilds.
            index = ExactIndex.of(items(), current);
            exactIndex = index;
        }
        return index.lookup(attribute, value);
    }

    private ItemSearchIndex currentSearchIndex() {
        ItemSearchIndex index = searchIndex;
        long current = version.get();
        if (index != null && index.version() == current) {
            return index;
        }
        List<Entry> snapshot = new ArrayList<>(entries.values());
        List<String> haystacks = snapshot.parallelStream().map(Entry::haystack).toList();
        List<Item> items = new ArrayList<>(snapshot.size());
        for (Entry e : snapshot) {
            items.add(e.item);
        }
        // Built from contents at least as new as {@code current}; a change meanwhile bumps the
        // version again, so the next search rebuilds.
        index = ItemSearchIndex.of(items, haystacks, current);
        searchIndex = index;
        return index;
    }
}
