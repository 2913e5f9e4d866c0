package dev.latchkey.model.item;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable set of attribute values, each checked against its {@link AttributeType}.
 * Holds metadata only: secrets never go in here.
 */
public final class ItemAttributes {
    private static final ItemAttributes EMPTY = new ItemAttributes(new EnumMap<>(Attribute.class));

    private final EnumMap<Attribute, Object> values;

    private ItemAttributes(EnumMap<Attribute, Object> values) {
        this.values = values;
    }

    public static ItemAttributes empty() {
        return EMPTY;
    }

    /**
     * Wraps values the codec has just decoded, taking ownership of the map: they are already of
     * their attributes' types, fresh and unshared, so the builder's checks and copies (a quarter
     * of unlock time at 100,000 items) are skipped.
     */
    static ItemAttributes ofDecoded(EnumMap<Attribute, Object> values) {
        return new ItemAttributes(values);
    }

    public static Builder builder() {
        return new Builder(new EnumMap<>(Attribute.class));
    }

    public Builder toBuilder() {
        return new Builder(new EnumMap<>(values));
    }

    public boolean has(Attribute a) {
        return values.containsKey(a);
    }

    public Set<Attribute> keys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** The raw value (String, Long, Boolean, Instant, List&lt;String&gt; or a copy of byte[]). */
    public Object get(Attribute a) {
        Object v = values.get(a);
        return v instanceof byte[] b ? b.clone() : v;
    }

    public Optional<String> string(Attribute a) {
        return Optional.ofNullable((String) values.get(requireType(a, AttributeType.STRING)));
    }

    /** The string value or "" when absent. */
    public String text(Attribute a) {
        return string(a).orElse("");
    }

    public Optional<Long> integer(Attribute a) {
        return Optional.ofNullable((Long) values.get(requireType(a, AttributeType.INTEGER)));
    }

    public boolean flag(Attribute a) {
        return Boolean.TRUE.equals(values.get(requireType(a, AttributeType.BOOLEAN)));
    }

    public Optional<Instant> instant(Attribute a) {
        return Optional.ofNullable((Instant) values.get(requireType(a, AttributeType.INSTANT)));
    }

    @SuppressWarnings("unchecked")
    public List<String> list(Attribute a) {
        Object v = values.get(requireType(a, AttributeType.STRING_LIST));
        return v == null ? List.of() : (List<String>) v;
    }

    public Optional<byte[]> bytes(Attribute a) {
        byte[] v = (byte[]) values.get(requireType(a, AttributeType.BYTES));
        return Optional.ofNullable(v == null ? null : v.clone());
    }

    Map<Attribute, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** Whether this set's value for {@code a} equals {@code value} as lookups compare them. */
    public boolean matches(Attribute a, Object value) {
        return Arrays.equals(a.canonical(values.get(a)), a.canonical(value));
    }

    private static Attribute requireType(Attribute a, AttributeType t) {
        if (a.type() != t) {
            throw new IllegalArgumentException(a + " is " + a.type() + ", not " + t);
        }
        return a;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ItemAttributes other) || !values.keySet().equals(other.values.keySet())) {
            return false;
        }
        for (Map.Entry<Attribute, Object> e : values.entrySet()) {
            Object mine = e.getValue();
            Object theirs = other.values.get(e.getKey());
            boolean same = mine instanceof byte[] b ? Arrays.equals(b, (byte[]) theirs) : mine.equals(theirs);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return values.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "ItemAttributes" + values.keySet();
    }

    /** Builds attribute sets; {@code null} or empty-string values remove the attribute. */
    public static final class Builder {
        private final EnumMap<Attribute, Object> values;

        private Builder(EnumMap<Attribute, Object> values) {
            this.values = values;
        }

        public Builder set(Attribute a, Object value) {
            if (value == null || (value instanceof String s && s.isEmpty())) {
                values.remove(a);
                return this;
            }
            Object v = value;
            if (a.type() == AttributeType.INTEGER && value instanceof Integer i) {
                v = i.longValue();
            }
            if (!a.type().javaType().isInstance(v)) {
                throw new IllegalArgumentException(a + " takes " + a.type() + ", not "
                        + value.getClass().getSimpleName());
            }
            if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (!(o instanceof String)) {
                        throw new IllegalArgumentException(a + " takes a list of strings");
                    }
                }
                v = List.copyOf(list);
                if (((List<?>) v).isEmpty()) {
                    values.remove(a);
                    return this;
                }
            }
            if (v instanceof byte[] b) {
                v = b.clone();
            }
            values.put(a, v);
            return this;
        }

        public Builder remove(Attribute a) {
            values.remove(a);
            return this;
        }

        public Builder putAll(ItemAttributes other) {
            values.putAll(other.values);
            return this;
        }

        public ItemAttributes build() {
            return new ItemAttributes(new EnumMap<>(values));
        }
    }
}
