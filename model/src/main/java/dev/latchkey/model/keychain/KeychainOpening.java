package dev.latchkey.model.keychain;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.store.HeaderRecord;
import dev.latchkey.model.store.KeychainOwner;
import dev.latchkey.model.store.KeychainStore;
import dev.latchkey.model.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Unlocking one keychain file: become its owner (waiting for another process to finish with
 * it), check the password on a read-only connection so that a wrong one never writes a byte,
 * then open it for writing and load every item. The keychain keeps the ownership until it is
 * locked. A keychain just created is opened with the master key it was made with, so its
 * password is not derived a second time.
 */
final class KeychainOpening {
    private KeychainOpening() {
    }

    static Keychain open(KeychainRef ref, char[] password, Clock clock, Duration ownerWait, Consumer<String> waiting,
            Runnable onClose) throws LatchkeyException {
        KeychainOwner owner = claim(ref, ownerWait, waiting);
        try {
            return open(ref, password, clock, owner, () -> {
                owner.close();
                onClose.run();
            });
        } catch (LatchkeyException | RuntimeException e) {
            owner.close();
            throw e;
        }
    }

    /**
     * Opens a keychain this process has just created with {@code header} and {@code masterKey}
     * (taking ownership of the key), without deriving the password's key again.
     */
    static Keychain openCreated(KeychainRef ref, KeychainHeader header, Secret masterKey, Clock clock,
            Duration ownerWait, Consumer<String> waiting, Runnable onClose) throws LatchkeyException {
        KeychainOwner owner;
        try {
            owner = claim(ref, ownerWait, waiting);
        } catch (LatchkeyException | RuntimeException e) {
            masterKey.close();
            throw e;
        }
        try {
            return openForWriting(ref, header, header.encode(), masterKey, Duration.ZERO, clock, () -> {
                owner.close();
                onClose.run();
            });
        } catch (LatchkeyException | RuntimeException e) {
            owner.close();
            throw e;
        }
    }

    /** Becomes the owner of the file, as an unlock, a delete or a description of the keychain does. */
    static KeychainOwner claim(KeychainRef ref, Duration wait, Consumer<String> waiting) throws LatchkeyException {
        try {
            return KeychainOwner.claim(ref.file(), wait, waiting);
        } catch (StoreException e) {
            throw StoreErrors.map(e);
        }
    }

    private static Keychain open(KeychainRef ref, char[] password, Clock clock, KeychainOwner owner,
            Runnable onClose) throws LatchkeyException {
        HeaderRecord record;
        try (KeychainStore reader = KeychainStore.openForReading(ref.file())) {
            reader.requireKnownSchema();
            record = reader.readHeader();
        } catch (StoreException e) {
            throw StoreErrors.map(e);
        }
        KeychainHeader header = KeychainHeader.parse(record.header());
        long start = System.nanoTime();
        Secret mk = MasterKeyWrap.unwrap(password, header, record.wrappedMasterKey());
        Duration kdfTime = Duration.ofNanos(System.nanoTime() - start);
        return openForWriting(ref, header, record.header(), mk, kdfTime, clock, onClose);
    }

    /** Opens the file for writing and loads it, if its header is still {@code expectedHeader}; takes {@code mk}. */
    private static Keychain openForWriting(KeychainRef ref, KeychainHeader header, byte[] expectedHeader, Secret mk,
            Duration kdfTime, Clock clock, Runnable onClose) throws LatchkeyException {
        KeychainStore store = null;
        try {
            store = KeychainStore.openForWriting(ref.file());
            if (!Arrays.equals(store.readHeader().header(), expectedHeader)) {
                // Only a program other than Latchkey could have written it in between.
                throw new LatchkeyException(Status.TAMPERED, "the keychain header changed while it was being unlocked");
            }
            KeychainStore opened = store;
            store = null;
            return Keychain.open(ref, header, opened, mk, clock, kdfTime, onClose);
        } catch (StoreException e) {
            mk.close();
            throw StoreErrors.map(e);
        } catch (LatchkeyException | RuntimeException e) {
            mk.close();
            throw e;
        } finally {
            if (store != null) {
                try {
                    store.close();
                } catch (StoreException ignored) {
                    // Already failing with the more useful error.
                }
            }
        }
    }
}
