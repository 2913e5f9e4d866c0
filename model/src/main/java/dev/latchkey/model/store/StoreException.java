package dev.latchkey.model.store;

/** A failure of the keychain file or database, classified for mapping to a Status. */
public final class StoreException extends Exception {
    /** What went wrong, as far as the caller needs to know. */
    public enum Kind {
        NOT_FOUND, NOT_A_KEYCHAIN, IN_USE, BUSY, CORRUPT, NEWER_SCHEMA, DUPLICATE, IO
    }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
