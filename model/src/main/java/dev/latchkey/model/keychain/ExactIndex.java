package dev.latchkey.model.keychain;

import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Items by the exact value of label, service, account or server, compared as
 * {@link Attribute#canonical} compares them. Built from the metadata decrypted at unlock, so
 * exact lookups by one of these attributes take a hash probe instead of an H2 index that every
 * insert would have to maintain. Immutable: {@link ItemCache} builds a new one after changes.
 */
final class ExactIndex {
    static final List<Attribute> INDEXED = List.of(Attribute.SERVICE, Attribute.SERVER, Attribute.ACCOUNT,
            Attribute.LABEL);

    private final Map<Attribute, Map<String, List<Item>>> byValue = new EnumMap<>(Attribute.class);
    private final long version;

    private ExactIndex(long version) {
        this.version = version;
    }

    static ExactIndex of(Collection<Item> items, long version) {
        ExactIndex index = new ExactIndex(version);
        for (Attribute a : INDEXED) {
            index.byValue.put(a, new HashMap<>(Math.max(16, items.size() * 4 / 3 + 1)));
        }
        for (Item item : items) {
            for (Attribute a : INDEXED) {
                if (item.attributes().has(a)) {
                    index.byValue.get(a).computeIfAbsent(key(a, item.attributes().get(a)), k -> new ArrayList<>(1))
                            .add(item);
                }
            }
        }
        return index;
    }

    long version() {
        return version;
    }

    /** The first indexed attribute among {@code attributes}, if any. */
    static Optional<Attribute> usable(Collection<Attribute> attributes) {
        return INDEXED.stream().filter(attributes::contains).findFirst();
    }

    List<Item> lookup(Attribute a, Object value) {
        return byValue.get(a).getOrDefault(key(a, value), List.of());
    }

    private static String key(Attribute a, Object value) {
        return new String(a.canonical(value), StandardCharsets.UTF_8);
    }
}
