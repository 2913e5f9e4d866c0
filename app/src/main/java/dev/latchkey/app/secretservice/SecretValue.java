package dev.latchkey.app.secretservice;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.Position;

/**
 * The Secret Service's {@code Secret} struct, {@code (oayays)}: the session it is encoded for,
 * the algorithm's parameters (an IV, or nothing for plain), the value and its content type.
 * Never logged or printed: dbus-java's own {@code toString} (final) would show the value.
 */
public final class SecretValue extends Struct {
    @Position(0)
    public final DBusPath session;
    @Position(1)
    public final byte[] parameters;
    @Position(2)
    public final byte[] value;
    @Position(3)
    public final String contentType;

    public SecretValue(DBusPath session, byte[] parameters, byte[] value, String contentType) {
        this.session = session;
        this.parameters = parameters;
        this.value = value;
        this.contentType = contentType;
    }
}
