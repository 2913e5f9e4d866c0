package dev.latchkey.app.secretservice;

import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * The error replies clients understand: the Secret Service's own names and D-Bus's generic
 * ones. Messages are one line for a person and never hold a secret.
 */
final class BusErrors {
    static final String IS_LOCKED = "org.freedesktop.Secret.Error.IsLocked";
    static final String NO_SESSION = "org.freedesktop.Secret.Error.NoSession";
    static final String NO_SUCH_OBJECT = "org.freedesktop.Secret.Error.NoSuchObject";
    static final String NOT_SUPPORTED = "org.freedesktop.DBus.Error.NotSupported";
    static final String INVALID_ARGS = "org.freedesktop.DBus.Error.InvalidArgs";
    static final String ACCESS_DENIED = "org.freedesktop.DBus.Error.AccessDenied";
    static final String FAILED = "org.freedesktop.DBus.Error.Failed";

    private BusErrors() {
    }

    /** The error reply named {@code name} (one of the constants above). */
    static DBusExecutionException of(String name, String message) {
        return switch (name) {
            case IS_LOCKED -> new org.freedesktop.Secret.Error.IsLocked(message);
            case NO_SESSION -> new org.freedesktop.Secret.Error.NoSession(message);
            case NO_SUCH_OBJECT -> new org.freedesktop.Secret.Error.NoSuchObject(message);
            case NOT_SUPPORTED -> new org.freedesktop.DBus.Error.NotSupported(message);
            case INVALID_ARGS -> new org.freedesktop.DBus.Error.InvalidArgs(message);
            case ACCESS_DENIED -> new org.freedesktop.DBus.Error.AccessDenied(message);
            default -> new org.freedesktop.DBus.Error.Failed(message);
        };
    }

    /** The D-Bus name of an error reply made here. */
    static String name(DBusExecutionException e) {
        return e.getClass().getName().replace('$', '.');
    }

    /** One property out of an object's {@code GetAll}; InvalidArgs when it has none of that name. */
    @SuppressWarnings("unchecked")
    static <A> A property(java.util.Map<String, org.freedesktop.dbus.types.Variant<?>> all, String iface,
            String property) {
        Object value = all.get(property);
        if (value == null) {
            throw invalid("no property " + property + " on " + iface);
        }
        return (A) value;
    }

    static DBusExecutionException noSuchObject(String path) {
        return of(NO_SUCH_OBJECT, "no such object: " + path);
    }

    static DBusExecutionException invalid(String message) {
        return of(INVALID_ARGS, message);
    }
}
