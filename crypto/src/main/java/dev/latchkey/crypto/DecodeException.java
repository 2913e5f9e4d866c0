package dev.latchkey.crypto;

/** The data is not a well-formed instance of any format it claims to be: garbage, truncated DER, bad PEM. */
public final class DecodeException extends CryptoException {
    public DecodeException(String message) {
        super(message);
    }

    public DecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
