package dev.latchkey.app.autotype;

import java.util.Optional;

/** Types into the window the user came from; behind an interface so the GUI is testable without X. */
public interface Typist {
    /** Why auto-type cannot work on this desktop, or empty when it can. */
    Optional<Unavailable> unavailable();

    /** A caveat worth showing even though auto-type works (e.g. on Wayland), or empty. */
    Optional<Unavailable> caveat();

    /**
     * Types the sequence into the target window; blocking, so call off the UI thread. The
     * values' arrays belong to the caller, who wipes them.
     */
    void type(AutoTypeSequence sequence, Values values) throws AutoTypeException;

    /** The item's values a sequence may ask for (already read; empty arrays when absent). */
    @FunctionalInterface
    interface Values {
        char[] get(AutoTypeSequence.Field field);
    }

    /** Why auto-type is not available (or what limits it), for a plain message in the GUI. */
    enum Unavailable {
        /** Only X11 desktops (Linux, BSD) are supported. */
        NOT_X11_PLATFORM,
        /** No DISPLAY: no X server at all. */
        NO_DISPLAY,
        /** A Wayland session without XWayland. */
        WAYLAND_ONLY,
        /** A Wayland session: only X11 (XWayland) applications can receive typed keys. */
        WAYLAND_X11_APPS_ONLY,
        /** xdotool is not installed. */
        NO_XDOTOOL,
        /** xprop (x11-utils) is not installed, so the previous window is unknown. */
        NO_XPROP,
        /** The window manager has not reported a window other than Latchkey's. */
        NO_PREVIOUS_WINDOW
    }
}
