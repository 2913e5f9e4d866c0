package dev.latchkey.crypto;

/** The data is well formed but uses a format, algorithm or curve Latchkey does not handle. */
public final class UnsupportedFormatException extends CryptoException {
    public UnsupportedFormatException(String message) {
        super(message);
    }

    public UnsupportedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
