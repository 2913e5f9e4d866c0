package org.freedesktop.Secret;

import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * The Secret Service's error replies. dbus-java names an error reply after the exception's
 * class ({@code $} read as {@code .}), so these classes carry the specification's names:
 * {@code org.freedesktop.Secret.Error.IsLocked} and so on.
 */
public final class Error {
    private Error() {
    }

    /** The object must be unlocked first. */
    public static final class IsLocked extends DBusExecutionException {
        public IsLocked(String message) {
            super(message);
        }
    }

    /** The session does not exist (or belongs to another client). */
    public static final class NoSession extends DBusExecutionException {
        public NoSession(String message) {
            super(message);
        }
    }

    /** No such item or collection. */
    public static final class NoSuchObject extends DBusExecutionException {
        public NoSuchObject(String message) {
            super(message);
        }
    }
}
