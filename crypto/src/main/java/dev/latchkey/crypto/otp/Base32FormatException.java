package dev.latchkey.crypto.otp;

import dev.latchkey.crypto.CryptoException;

/** Text that is not valid Base32. The message names the problem and a position, never the text. */
public final class Base32FormatException extends CryptoException {
    public Base32FormatException(String message) {
        super(message);
    }
}
