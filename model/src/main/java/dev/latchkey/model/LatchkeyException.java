package dev.latchkey.model;

/**
 * The model's one checked exception: a {@link Status} and a one-line message for a user.
 * Messages never contain secrets. Lower-level causes are kept for logs only.
 */
public class LatchkeyException extends Exception {
    private final Status status;

    public LatchkeyException(Status status, String message) {
        super(message == null ? status.message() : message);
        this.status = status;
    }

    public LatchkeyException(Status status, String message, Throwable cause) {
        super(message == null ? status.message() : message, cause);
        this.status = status;
    }

    public LatchkeyException(Status status) {
        this(status, status.message());
    }

    public Status status() {
        return status;
    }
}
