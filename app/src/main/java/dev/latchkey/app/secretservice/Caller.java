package dev.latchkey.app.secretservice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.freedesktop.dbus.DBusCallInfo;
import org.freedesktop.dbus.connections.AbstractConnection;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;

/**
 * Who is calling: the bus connection of the method call being served, and the application
 * behind it, named by its executable's path (the bus daemon tells the process id; Linux tells
 * its executable). Interpreters are one application each: every Python script is
 * {@code /usr/bin/python3.11}.
 */
final class Caller {
    private final DBus bus;

    Caller(DBusConnection connection) throws DBusException {
        this.bus = connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
    }

    /** The unique bus name of the connection whose call this thread serves. */
    static String busName() {
        DBusCallInfo info = AbstractConnection.getCallInfo();
        if (info == null) {
            throw new IllegalStateException("not serving a D-Bus call");
        }
        return info.getSource();
    }

    /** The calling application's executable, or "process N" when it cannot be told. */
    String application() {
        long pid;
        try {
            pid = bus.GetConnectionUnixProcessID(busName()).longValue();
        } catch (DBusExecutionException e) {
            return "an unknown process";
        }
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "process " + pid;
        }
    }
}
