package dev.latchkey.model.keychain;

import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Metadata decrypted at unlock, with a lower-cased search text per item, so free-text search
 * is an in-memory scan. Safe to read from any thread while one writer updates it.
 */
final class ItemCache {
    private static final Attribute[] SEARCHED = {Attribute.LABEL, Attribute.ACCOUNT, Attribute.SERVICE,
        Attribute.SERVER, Attribute.COMMENT, Attribute.DESCRIPTION, Attribute.PATH};

    private record Entry(Item item, String haystack) {
    }

    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private volatile long generation;

    long generation() {
        return generation;
    }

    void generation(long generation) {
        this.generation = generation;
    }

    void put(Item item) {
        entries.put(item.id(), new Entry(item, haystack(item)));
    }

    void remove(UUID id) {
        entries.remove(id);
    }

    void clear() {
        entries.clear();
    }

    Optional<Item> get(UUID id) {
        Entry e = entries.get(id);
        return e == null ? Optional.empty() : Optional.of(e.item());
    }

    int size() {
        return entries.size();
    }

    List<Item> items() {
        List<Item> out = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            out.add(e.item());
        }
        return out;
    }

    Collection<UUID> ids() {
        return entries.keySet();
    }

    /** Items whose searchable text contains every whitespace-separated term, ignoring case. */
    List<Item> search(String text) {
        String[] terms = text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<Item> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (containsAll(e.haystack(), terms)) {
                out.add(e.item());
            }
        }
        return out;
    }

    private static boolean containsAll(String haystack, String[] terms) {
        for (String t : terms) {
            if (!haystack.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private static String haystack(Item item) {
        StringBuilder sb = new StringBuilder(96);
        for (Attribute a : SEARCHED) {
            item.attributes().string(a).ifPresent(v -> sb.append(v).append('\n'));
        }
        for (String url : item.attributes().list(Attribute.URLS)) {
            sb.append(url).append('\n');
        }
        for (String tag : item.attributes().list(Attribute.TAGS)) {
            sb.append(tag).append('\n');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
