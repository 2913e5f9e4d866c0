package dev.latchkey.crypto;

/**
 * A passphrase was given but does not open the protected content (a failed PKCS#12 MAC, bad
 * padding after decryption, or garbage where a key should be).
 */
public final class WrongPassphraseException extends CryptoException {
    public WrongPassphraseException(String message) {
        super(message);
    }

    public WrongPassphraseException(String message, Throwable cause) {
        super(message, cause);
    }
}
