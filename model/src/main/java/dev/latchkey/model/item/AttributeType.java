package dev.latchkey.model.item;

/** The value type an {@link Attribute} holds. */
public enum AttributeType {
    STRING(String.class),
    INTEGER(Long.class),
    BOOLEAN(Boolean.class),
    INSTANT(java.time.Instant.class),
    STRING_LIST(java.util.List.class),
    BYTES(byte[].class);

    private final Class<?> javaType;

    AttributeType(Class<?> javaType) {
        this.javaType = javaType;
    }

    public Class<?> javaType() {
        return javaType;
    }
}
