package dev.latchkey.model.certificates;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.PassphraseRequiredException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.WrongPassphraseException;
import dev.latchkey.crypto.issuing.IssuingException;
import dev.latchkey.crypto.tls.TlsException;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;

/** The one place the crypto module's exceptions become a {@link Status} (architecture §8). */
public final class CryptoErrors {
    private CryptoErrors() {
    }

    public static LatchkeyException map(CryptoException e) {
        Status status;
        if (e instanceof DecodeException) {
            status = Status.DECODE;
        } else if (e instanceof UnsupportedFormatException) {
            status = Status.UNSUPPORTED_FORMAT;
        } else if (e instanceof WrongPassphraseException) {
            status = Status.WRONG_PASSPHRASE;
        } else if (e instanceof PassphraseRequiredException) {
            status = Status.PASSPHRASE_REQUIRED;
        } else if (e instanceof IssuingException) {
            status = Status.PARAM;
        } else if (e instanceof TlsException) {
            status = Status.IO;
        } else {
            status = Status.INTERNAL;
        }
        return new LatchkeyException(status, e.getMessage(), e);
    }
}
