package dev.latchkey.model.keychain;

import dev.latchkey.crypto.AuthenticationFailedException;
import dev.latchkey.crypto.aead.AeadKey;
import dev.latchkey.crypto.aead.AesGcm;
import dev.latchkey.crypto.kdf.Argon2id;
import dev.latchkey.crypto.kdf.KdfPolicyException;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;

/**
 * The master key sealed under the password: MK = AES-256-GCM(UK, MK, AAD = header bytes) with
 * UK = Argon2id(password, header salt, header parameters). A failed tag has one cause as far
 * as anyone is told: the password is not correct.
 */
final class MasterKeyWrap {
    static final int MASTER_KEY_LENGTH = 32;
    /** Unlock keys derived in this process: each costs most of a second by design, so tests count them. */
    private static final java.util.concurrent.atomic.LongAdder DERIVATIONS = new java.util.concurrent.atomic.LongAdder();

    private MasterKeyWrap() {
    }

    static long derivations() {
        return DERIVATIONS.sum();
    }

    private static Secret unlockKey(Secret password, KeychainHeader header) throws KdfPolicyException {
        DERIVATIONS.increment();
        return Argon2id.deriveKey(password, header.salt(), header.kdf());
    }

    static byte[] wrap(char[] password, KeychainHeader header, Secret masterKey) throws LatchkeyException {
        try (Secret pw = Secret.fromChars(password);
             Secret uk = unlockKey(pw, header);
             AeadKey unlockKey = AeadKey.of(uk)) {
            return AesGcm.seal(unlockKey, masterKey.bytes(), header.encode());
        } catch (KdfPolicyException e) {
            throw new LatchkeyException(Status.PARAM, e.getMessage(), e);
        }
    }

    static Secret unwrap(char[] password, KeychainHeader header, byte[] wrapped) throws LatchkeyException {
        try (Secret pw = Secret.fromChars(password);
             Secret uk = unlockKey(pw, header);
             AeadKey unlockKey = AeadKey.of(uk)) {
            byte[] mk = AesGcm.open(unlockKey, wrapped, header.encode());
            if (mk.length != MASTER_KEY_LENGTH) {
                java.util.Arrays.fill(mk, (byte) 0);
                throw new LatchkeyException(Status.AUTH_FAILED);
            }
            return Secret.wrap(mk);
        } catch (AuthenticationFailedException e) {
            throw new LatchkeyException(Status.AUTH_FAILED);
        } catch (KdfPolicyException e) {
            throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, "the keychain's " + e.getMessage(), e);
        }
    }
}
