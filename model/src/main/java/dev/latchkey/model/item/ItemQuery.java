package dev.latchkey.model.item;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Exact-match query in the manner of {@code SecItemCopyMatching}: an optional class and
 * attribute values that must all match (as {@link Attribute#canonical} compares them).
 */
public final class ItemQuery {
    private final ItemClass itemClass;
    private final EnumMap<Attribute, Object> match;

    private ItemQuery(ItemClass itemClass, EnumMap<Attribute, Object> match) {
        this.itemClass = itemClass;
        this.match = match;
    }

    public static ItemQuery of(ItemClass itemClass) {
        return new ItemQuery(itemClass, new EnumMap<>(Attribute.class));
    }

    public static ItemQuery any() {
        return new ItemQuery(null, new EnumMap<>(Attribute.class));
    }

    /** Adds a condition; a {@code null} value leaves the attribute unconstrained. */
    public ItemQuery where(Attribute a, Object value) {
        EnumMap<Attribute, Object> copy = new EnumMap<>(match);
        if (value != null) {
            ItemAttributes.builder().set(a, value); // type check
            copy.put(a, value instanceof Integer i ? Long.valueOf(i) : value);
        }
        return new ItemQuery(itemClass, copy);
    }

    public Optional<ItemClass> itemClass() {
        return Optional.ofNullable(itemClass);
    }

    public Map<Attribute, Object> conditions() {
        return Collections.unmodifiableMap(match);
    }

    public boolean matches(Item item) {
        if (itemClass != null && item.itemClass() != itemClass) {
            return false;
        }
        for (Map.Entry<Attribute, Object> e : match.entrySet()) {
            if (!item.attributes().matches(e.getKey(), e.getValue())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "ItemQuery[" + (itemClass == null ? "any" : itemClass.appleCode()) + " " + match.keySet() + "]";
    }
}
