package dev.latchkey.app.hotkey;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.unix.X11;

/** The two C functions the shortcut's event loop needs that JNA's X11 binding lacks. */
final class XlibExtras {
    private static final short POLL_IN = 1;

    private XlibExtras() {
    }

    private interface Xlib extends Library {
        Xlib INSTANCE = Native.load("X11", Xlib.class);

        int XConnectionNumber(X11.Display display);
    }

    private interface C extends Library {
        C INSTANCE = Native.load("c", C.class);

        int poll(Pointer fds, int count, int timeoutMillis);
    }

    /** Waits for input on the X connection's socket, so the event loop need not spin. */
    static final class InputWait {
        private final Memory pollFd = new Memory(8);
        private final int fd;

        InputWait(X11.Display display) {
            this.fd = Xlib.INSTANCE.XConnectionNumber(display);
        }

        /** Returns when the X server sent something or after {@code timeoutMillis}. */
        void await(int timeoutMillis) {
            pollFd.setInt(0, fd);
            pollFd.setShort(4, POLL_IN);
            pollFd.setShort(6, (short) 0);
            C.INSTANCE.poll(pollFd, 1, timeoutMillis);
        }
    }
}
