package dev.latchkey.crypto.issuing;

import dev.latchkey.crypto.CryptoException;

/** A Certificate Assistant request that cannot be honoured: a non-CA issuer, a badly signed CSR, a bad name. */
public final class IssuingException extends CryptoException {
    public IssuingException(String message) {
        super(message);
    }

    public IssuingException(String message, Throwable cause) {
        super(message, cause);
    }
}
