package dev.latchkey.model.keychain;

import dev.latchkey.crypto.keys.HmacSha256;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.store.BlindIndexes;
import dev.latchkey.model.store.IndexColumn;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Keyed blind indexes: the first 16 bytes of HMAC-SHA256(K_index, name ‖ 0 ‖ canonical value).
 * Equal values give equal indexes, so exact lookups run in SQL without storing the value.
 */
final class BlindIndex {
    static final int LENGTH = 16;

    static final Map<Attribute, IndexColumn> INDEXED = Map.of(
            Attribute.LABEL, IndexColumn.LABEL,
            Attribute.SERVICE, IndexColumn.SERVICE,
            Attribute.ACCOUNT, IndexColumn.ACCOUNT,
            Attribute.SERVER, IndexColumn.SERVER);

    private static final byte[] ZERO = {0};
    private static final byte[] PRIMARY = "primary".getBytes(StandardCharsets.US_ASCII);

    private final HmacSha256 key;

    BlindIndex(HmacSha256 key) {
        this.key = key;
    }

    byte[] of(Attribute a, Object value) {
        byte[] mac = key.mac(a.appleCode().getBytes(StandardCharsets.US_ASCII), ZERO, a.canonical(value));
        return Arrays.copyOf(mac, LENGTH);
    }

    /** The unique primary-key index over the class's primary-key attributes. */
    byte[] primary(ItemClass itemClass, ItemAttributes attributes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        out.writeBytes(PRIMARY);
        out.write(0);
        out.write(itemClass.code());
        for (Attribute a : itemClass.primaryKey()) {
            byte[] v = a.canonical(attributes.get(a));
            out.writeBytes(ByteBuffer.allocate(6).putShort((short) a.tag()).putInt(v.length).array());
            out.writeBytes(v);
        }
        return Arrays.copyOf(key.mac(out.toByteArray()), LENGTH);
    }

    BlindIndexes all(ItemClass itemClass, ItemAttributes a) {
        return new BlindIndexes(primary(itemClass, a),
                optional(a, Attribute.LABEL), optional(a, Attribute.SERVICE),
                optional(a, Attribute.ACCOUNT), optional(a, Attribute.SERVER));
    }

    private byte[] optional(ItemAttributes a, Attribute attribute) {
        return a.has(attribute) ? of(attribute, a.get(attribute)) : null;
    }

    /** The index conditions a query can use, keyed by column. */
    Map<IndexColumn, byte[]> conditions(Map<Attribute, Object> query) {
        Map<IndexColumn, byte[]> out = new EnumMap<>(IndexColumn.class);
        for (Map.Entry<Attribute, Object> e : query.entrySet()) {
            IndexColumn column = INDEXED.get(e.getKey());
            if (column != null) {
                out.put(column, of(e.getKey(), e.getValue()));
            }
        }
        return out;
    }
}
