package dev.latchkey.app.x11;

import com.sun.jna.platform.unix.X11;

/**
 * Xlib reports a failed request to one process-wide error handler, and its default one ends
 * the process. Requests of ours that may fail (a grab another program holds, a reply to a
 * window that has gone) run with our handler in place, only for as long as they take: it
 * collects their connection's errors and passes any other connection's (JavaFX's) on to the
 * handler it replaced.
 */
public final class XErrors {
    private XErrors() {
    }

    /** X requests, ending with an {@code XSync} so their errors have arrived. */
    @FunctionalInterface
    public interface Requests {
        void run();
    }

    /** Runs {@code requests} on {@code display}; returns the first X error code they caused, or 0. */
    public static int collect(X11 x, X11.Display display, Requests requests) {
        Handler handler = new Handler(display);
        synchronized (XErrors.class) {
            handler.replaced = x.XSetErrorHandler(handler);
            try {
                requests.run();
            } finally {
                x.XSetErrorHandler(handler.replaced);
            }
        }
        return handler.code;
    }

    private static final class Handler implements X11.XErrorHandler {
        private final X11.Display display;
        private X11.XErrorHandler replaced;
        private int code;

        Handler(X11.Display display) {
            this.display = display;
        }

        @Override
        public int apply(X11.Display from, X11.XErrorEvent event) {
            if (display.equals(from)) {
                if (code == 0) {
                    code = event.error_code & 0xff;
                }
                return 0;
            }
            return replaced != null ? replaced.apply(from, event) : 0;
        }
    }
}
