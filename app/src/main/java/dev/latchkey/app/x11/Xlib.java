package dev.latchkey.app.x11;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.unix.X11;

/**
 * What Latchkey's own X connections need beyond JNA's X11 binding: the connection's socket,
 * the selection owner calls, and waiting for input without spinning. Each connection is used
 * by one thread of ours, apart from JavaFX's.
 */
public final class Xlib {
    /** X11's {@code None} and {@code CurrentTime}. */
    public static final int NONE = 0;
    private static final short POLL_IN = 1;

    private Xlib() {
    }

    /** JNA's binding of libX11; throws a {@link LinkageError} where libX11 cannot be loaded. */
    public static X11 x11() {
        return X11.INSTANCE;
    }

    private interface Extras extends Library {
        Extras INSTANCE = Native.load("X11", Extras.class);

        int XConnectionNumber(X11.Display display);

        int XSetSelectionOwner(X11.Display display, X11.Atom selection, X11.Window owner, com.sun.jna.NativeLong time);

        X11.Window XGetSelectionOwner(X11.Display display, X11.Atom selection);
    }

    private interface C extends Library {
        C INSTANCE = Native.load("c", C.class);

        int poll(Pointer fds, int count, int timeoutMillis);
    }

    /** Makes {@code owner} (or nobody, with null) the owner of {@code selection}. */
    public static void setSelectionOwner(X11.Display display, X11.Atom selection, X11.Window owner) {
        Extras.INSTANCE.XSetSelectionOwner(display, selection, owner == null ? X11.Window.None : owner,
                new com.sun.jna.NativeLong(NONE));
    }

    /** The window that owns {@code selection}; 0 for none. */
    public static long selectionOwner(X11.Display display, X11.Atom selection) {
        X11.Window w = Extras.INSTANCE.XGetSelectionOwner(display, selection);
        return w == null ? 0 : w.longValue();
    }

    /** Waits for input on an X connection's socket, so an event loop need not spin. */
    public static final class InputWait {
        private final Memory pollFd = new Memory(8);
        private final int fd;

        public InputWait(X11.Display display) {
            this.fd = Extras.INSTANCE.XConnectionNumber(display);
        }

        /** Returns when the X server sent something or after {@code timeoutMillis}. */
        public void await(int timeoutMillis) {
            pollFd.setInt(0, fd);
            pollFd.setShort(4, POLL_IN);
            pollFd.setShort(6, (short) 0);
            C.INSTANCE.poll(pollFd, 1, timeoutMillis);
        }
    }
}
