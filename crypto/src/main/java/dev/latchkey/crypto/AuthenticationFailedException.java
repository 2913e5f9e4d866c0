package dev.latchkey.crypto;

/** An AEAD tag did not verify: wrong key, changed ciphertext or changed associated data. */
public final class AuthenticationFailedException extends CryptoException {
    public AuthenticationFailedException(String message) {
        super(message);
    }
}
