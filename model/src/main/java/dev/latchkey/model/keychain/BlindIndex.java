package dev.latchkey.model.keychain;

import dev.latchkey.crypto.mac.HmacSha256;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The keyed blind index over an item's primary key: the first 16 bytes of
 * HMAC-SHA256(K_index, "primary" ‖ 0 ‖ class ‖ (tag, length, canonical value) of each
 * primary-key attribute). H2 keeps it in a unique index, so a duplicate is refused by the
 * database itself, across processes, without the values being stored. Lookups by other
 * attributes run over the metadata decrypted at unlock (docs/decisions/0005-lookups.md).
 */
final class BlindIndex {
    static final int LENGTH = 16;

    private static final byte[] PRIMARY = "primary".getBytes(StandardCharsets.US_ASCII);

    private final HmacSha256 key;

    BlindIndex(HmacSha256 key) {
        this.key = key;
    }

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
}
