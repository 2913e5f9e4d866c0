package org.freedesktop.DBus;

import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * D-Bus's standard error replies that the Secret Service uses, named as dbus-java names a
 * reply: after the exception's class ({@code org.freedesktop.DBus.Error.InvalidArgs} …).
 */
public final class Error {
    private Error() {
    }

    public static final class InvalidArgs extends DBusExecutionException {
        public InvalidArgs(String message) {
            super(message);
        }
    }

    public static final class NotSupported extends DBusExecutionException {
        public NotSupported(String message) {
            super(message);
        }
    }

    public static final class AccessDenied extends DBusExecutionException {
        public AccessDenied(String message) {
            super(message);
        }
    }

    public static final class Failed extends DBusExecutionException {
        public Failed(String message) {
            super(message);
        }
    }
}
