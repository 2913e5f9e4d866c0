package dev.latchkey.crypto.assistant;

import dev.latchkey.crypto.CryptoException;

/** A Certificate Assistant request that cannot be honoured: a non-CA issuer, a badly signed CSR, a bad name. */
public final class AssistantException extends CryptoException {
    public AssistantException(String message) {
        super(message);
    }

    public AssistantException(String message, Throwable cause) {
        super(message, cause);
    }
}
