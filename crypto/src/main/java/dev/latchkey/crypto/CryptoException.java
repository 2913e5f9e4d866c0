package dev.latchkey.crypto;

/**
 * Root of the crypto module's checked exception family. The model maps each subtype to a
 * {@code Status} once, at its boundary. Messages never carry secret material.
 */
public class CryptoException extends Exception {
    public CryptoException(String message) {
        super(message);
    }

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
