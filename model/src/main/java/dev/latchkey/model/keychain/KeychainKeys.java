package dev.latchkey.model.keychain;

import dev.latchkey.crypto.aead.AeadKey;
import dev.latchkey.crypto.kdf.Hkdf;
import dev.latchkey.crypto.mac.HmacSha256;
import dev.latchkey.crypto.secret.Secret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The master key MK and its HKDF subkeys (architecture §4): K_meta seals metadata, K_wrap wraps the
 * per-item data keys, K_index keys the blind indexes, K_manifest keys the manifest MAC.
 * Closing wipes them all; a locked keychain holds none of these.
 */
final class KeychainKeys implements AutoCloseable {
    private final Secret masterKey;
    private final AeadKey metaKey;
    private final AeadKey wrapKey;
    private final HmacSha256 indexKey;
    private final HmacSha256 manifestKey;

    private KeychainKeys(Secret masterKey, UUID keychainId) {
        this.masterKey = masterKey;
        byte[] salt = ByteBuffer.allocate(16).putLong(keychainId.getMostSignificantBits())
                .putLong(keychainId.getLeastSignificantBits()).array();
        this.metaKey = aead(masterKey, salt, "latchkey v1 K_meta");
        this.wrapKey = aead(masterKey, salt, "latchkey v1 K_wrap");
        this.indexKey = mac(masterKey, salt, "latchkey v1 K_index");
        this.manifestKey = mac(masterKey, salt, "latchkey v1 K_manifest");
    }

    /** Takes ownership of {@code masterKey}. */
    static KeychainKeys derive(Secret masterKey, UUID keychainId) {
        return new KeychainKeys(masterKey, keychainId);
    }

    private static AeadKey aead(Secret mk, byte[] salt, String label) {
        try (Secret k = Secret.wrap(Hkdf.derive(mk.bytes(), salt, label.getBytes(StandardCharsets.US_ASCII), 32))) {
            return AeadKey.of(k);
        }
    }

    private static HmacSha256 mac(Secret mk, byte[] salt, String label) {
        try (Secret k = Secret.wrap(Hkdf.derive(mk.bytes(), salt, label.getBytes(StandardCharsets.US_ASCII), 32))) {
            return new HmacSha256(k);
        }
    }

    Secret masterKey() {
        return masterKey;
    }

    AeadKey metaKey() {
        return metaKey;
    }

    AeadKey wrapKey() {
        return wrapKey;
    }

    HmacSha256 indexKey() {
        return indexKey;
    }

    HmacSha256 manifestKey() {
        return manifestKey;
    }

    @Override
    public void close() {
        metaKey.close();
        wrapKey.close();
        indexKey.close();
        manifestKey.close();
        masterKey.close();
    }

    @Override
    public String toString() {
        return "KeychainKeys[redacted]";
    }
}
