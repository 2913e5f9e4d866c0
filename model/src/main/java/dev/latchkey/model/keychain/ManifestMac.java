package dev.latchkey.model.keychain;

import dev.latchkey.crypto.mac.HmacSha256;
import dev.latchkey.model.store.ManifestRecord;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;

/**
 * The keychain manifest: an XOR of per-row PRF values HMAC(K_manifest, item id ‖ class ‖ row
 * version) plus the item count, settings version and a generation counter, all under one tag.
 * Adding, deleting or rolling back a row changes the accumulator, so an edit made with SQL
 * shows at the next unlock. Updates are incremental: a write XORs out the old row and in the new.
 */
final class ManifestMac {
    static final int LENGTH = HmacSha256.LENGTH;
    private static final byte[] ROW = "row".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MANIFEST = "manifest".getBytes(StandardCharsets.US_ASCII);

    private final HmacSha256 key;
    private final UUID keychainId;

    ManifestMac(HmacSha256 key, UUID keychainId) {
        this.key = key;
        this.keychainId = keychainId;
    }

    byte[] element(UUID itemId, int itemClass, long rowVersion) {
        ByteBuffer b = ByteBuffer.allocate(16 + 1 + 8);
        b.putLong(itemId.getMostSignificantBits()).putLong(itemId.getLeastSignificantBits());
        b.put((byte) itemClass).putLong(rowVersion);
        return key.mac(ROW, b.array());
    }

    static void xorInto(byte[] accumulator, byte[] element) {
        for (int i = 0; i < LENGTH; i++) {
            accumulator[i] ^= element[i];
        }
    }

    byte[] tag(long generation, long count, long settingsVersion, byte[] accumulator) {
        ByteBuffer b = ByteBuffer.allocate(16 + 8 + 8 + 8 + LENGTH);
        b.putLong(keychainId.getMostSignificantBits()).putLong(keychainId.getLeastSignificantBits());
        b.putLong(generation).putLong(count).putLong(settingsVersion).put(accumulator);
        return key.mac(MANIFEST, b.array());
    }

    ManifestRecord record(long generation, long count, long settingsVersion, byte[] accumulator) {
        return new ManifestRecord(generation, count, settingsVersion, accumulator.clone(),
                tag(generation, count, settingsVersion, accumulator));
    }

    /** Whether the record's tag is genuine (the record itself was written by a key holder). */
    boolean authentic(ManifestRecord m) {
        return MessageDigest.isEqual(m.tag(), tag(m.generation(), m.itemCount(), m.settingsVersion(), m.accumulator()));
    }

    /** Whether the record is genuine and matches the given row set's accumulator and count. */
    boolean matches(ManifestRecord m, byte[] accumulator, long count) {
        return authentic(m) && m.itemCount() == count && MessageDigest.isEqual(m.accumulator(), accumulator);
    }
}
