package dev.latchkey.crypto.tls;

import dev.latchkey.crypto.CryptoException;

/** A server's chain could not be fetched: no such host, no connection, or a failed handshake. */
public final class TlsException extends CryptoException {
    public TlsException(String message, Throwable cause) {
        super(message, cause);
    }
}
