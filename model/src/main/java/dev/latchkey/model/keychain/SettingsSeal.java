package dev.latchkey.model.keychain;

import dev.latchkey.crypto.AuthenticationFailedException;
import dev.latchkey.crypto.aead.AesGcm;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.store.SettingsRecord;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Per-keychain settings sealed with K_meta; the associated data binds the keychain id and the
 * settings version (which the manifest also carries), so they cannot be rolled back alone.
 */
final class SettingsSeal {
    private SettingsSeal() {
    }

    static SettingsRecord seal(KeychainKeys keys, UUID keychainId, long version, KeychainSettings settings) {
        return new SettingsRecord(version, AesGcm.seal(keys.metaKey(), settings.encode(), aad(keychainId, version)));
    }

    static KeychainSettings open(KeychainKeys keys, UUID keychainId, SettingsRecord record) throws LatchkeyException {
        try {
            return KeychainSettings.decode(AesGcm.open(keys.metaKey(), record.sealed(), aad(keychainId, record.version())));
        } catch (AuthenticationFailedException | IllegalArgumentException e) {
            throw new LatchkeyException(Status.TAMPERED, "the keychain settings failed their integrity check");
        }
    }

    private static byte[] aad(UUID keychainId, long version) {
        return ByteBuffer.allocate(4 + 16 + 8).put(new byte[] {'L', 'K', 'S', 'T'})
                .putLong(keychainId.getMostSignificantBits()).putLong(keychainId.getLeastSignificantBits())
                .putLong(version).array();
    }
}
