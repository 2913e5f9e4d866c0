package dev.latchkey.model.keychain;

import dev.latchkey.crypto.kdf.KdfParameters;
import java.util.UUID;

/** What can be told about a keychain without its password. */
public record KeychainDescription(KeychainRef ref, UUID keychainId, int formatVersion, int schemaVersion,
        KdfParameters kdf, long itemCount, long fileSize, boolean isDefault, LockState lockState) {
}
