package dev.latchkey.model.keychain;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.store.StoreException;

/** Maps the store's exceptions to a Status, once, at the model boundary. */
final class StoreErrors {
    private StoreErrors() {
    }

    static LatchkeyException map(StoreException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> new LatchkeyException(Status.NO_SUCH_KEYCHAIN, "the keychain file does not exist", e);
            case NOT_A_KEYCHAIN, CORRUPT -> new LatchkeyException(Status.INVALID_KEYCHAIN,
                    "the file is not a Latchkey keychain or is damaged", e);
            case IN_USE -> new LatchkeyException(Status.KEYCHAIN_IN_USE, e.getMessage(), e);
            case BUSY -> new LatchkeyException(Status.KEYCHAIN_IN_USE,
                    "the keychain is busy in another process; try again", e);
            case NEWER_SCHEMA -> new LatchkeyException(Status.UNSUPPORTED_FORMAT,
                    "the keychain was written by a newer version of Latchkey", e);
            case DUPLICATE -> new LatchkeyException(Status.DUPLICATE_ITEM, Status.DUPLICATE_ITEM.message(), e);
            case IO -> new LatchkeyException(Status.IO, "the keychain file could not be read or written", e);
        };
    }
}
