package dev.latchkey.app.secretservice;

import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.Position;

/** Two out-arguments of one method (dbus-java reads their D-Bus types from the method's generic return type). */
public final class Two<A, B> extends Tuple {
    @Position(0)
    public final A first;
    @Position(1)
    public final B second;

    public Two(A first, B second) {
        this.first = first;
        this.second = second;
    }
}
