package dev.latchkey.crypto;

/** The content is protected and no passphrase was given; ask the user and read again. */
public final class PassphraseRequiredException extends CryptoException {
    public PassphraseRequiredException(String message) {
        super(message);
    }
}
