package dev.latchkey.app.autotype;

/** Auto-type could not run or finish; the message is one line for the user. */
public final class AutoTypeException extends Exception {
    public AutoTypeException(String message) {
        super(message);
    }

    public AutoTypeException(String message, Throwable cause) {
        super(message, cause);
    }
}
