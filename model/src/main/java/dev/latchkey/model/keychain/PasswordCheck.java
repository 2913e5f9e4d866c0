package dev.latchkey.model.keychain;

import dev.latchkey.crypto.kdf.KdfParameters;
import dev.latchkey.crypto.random.Randoms;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.store.HeaderRecord;
import dev.latchkey.model.store.KeychainStore;
import dev.latchkey.model.store.StoreException;

/**
 * Password operations on an unlocked keychain, always against the header as stored now (another
 * process may have changed the password): confirming it, and re-wrapping the master key
 * under a new one.
 */
final class PasswordCheck {
    private PasswordCheck() {
    }

    /** AUTH_FAILED unless {@code password} unwraps the stored master key to {@code masterKey}. */
    static void confirm(KeychainStore store, Secret masterKey, char[] password) throws LatchkeyException {
        HeaderRecord record = header(store);
        try (Secret mk = MasterKeyWrap.unwrap(password, KeychainHeader.parse(record.header()), record.wrappedMasterKey())) {
            if (!mk.contentEquals(masterKey)) {
                throw new LatchkeyException(Status.AUTH_FAILED);
            }
        }
    }

    /** Re-wraps the master key under {@code newPassword}; items are not re-encrypted. Returns the new header. */
    static KeychainHeader change(KeychainStore store, Secret masterKey, char[] oldPassword, char[] newPassword,
            KdfParameters kdf) throws LatchkeyException {
        HeaderRecord record = header(store);
        KeychainHeader current = KeychainHeader.parse(record.header());
        try (Secret mk = MasterKeyWrap.unwrap(oldPassword, current, record.wrappedMasterKey())) {
            if (!mk.contentEquals(masterKey)) {
                throw new LatchkeyException(Status.AUTH_FAILED);
            }
        }
        KeychainHeader next = new KeychainHeader(KeychainHeader.FORMAT_VERSION, current.keychainId(), kdf,
                Randoms.bytes(KeychainHeader.SALT_LENGTH));
        byte[] wrapped = MasterKeyWrap.wrap(newPassword, next, masterKey);
        try {
            store.replaceHeader(record.header(), new HeaderRecord(next.encode(), wrapped));
        } catch (StoreException e) {
            throw StoreErrors.map(e);
        }
        return next;
    }

    private static HeaderRecord header(KeychainStore store) throws LatchkeyException {
        try {
            return store.readHeader();
        } catch (StoreException e) {
            throw StoreErrors.map(e);
        }
    }
}
