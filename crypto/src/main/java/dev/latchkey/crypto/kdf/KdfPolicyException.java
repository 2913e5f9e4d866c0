package dev.latchkey.crypto.kdf;

import dev.latchkey.crypto.CryptoException;

/** KDF parameters outside what Latchkey accepts: below the floor (a downgrade) or absurd. */
public final class KdfPolicyException extends CryptoException {
    public KdfPolicyException(String message) {
        super(message);
    }
}
