package dev.latchkey.app.hotkey;

import java.util.Optional;

/**
 * A key combination that reaches Latchkey whichever application has the focus (Quick Fill's
 * Ctrl+Shift+Space). Behind an interface so the GUI is testable without an X server.
 */
public interface GlobalShortcut extends AutoCloseable {
    /** The combination as the user reads it, e.g. "Ctrl+Shift+Space". */
    String keys();

    /** Why the shortcut does not work on this desktop, or empty when it does. */
    Optional<Unavailable> unavailable();

    /** A limit worth showing even though the shortcut works (a Wayland session), or empty. */
    Optional<Unavailable> caveat();

    /**
     * Who hears the presses from now on; called on the shortcut's own thread, so the receiver
     * hands over to the UI thread. Presses before this is set are dropped.
     */
    void onPressed(Runnable receiver);

    /** Gives the combination back to the desktop. */
    @Override
    void close();

    /** Why the shortcut is off (or what limits it), for a plain message in the GUI. */
    enum Unavailable {
        /** Windows and macOS: only the desktop's own shortcuts, running {@code latchkey quick-fill}. */
        NOT_X11_PLATFORM,
        /** No DISPLAY: no X server at all. */
        NO_DISPLAY,
        /** A Wayland session without XWayland, where no application may take a key for itself. */
        WAYLAND_ONLY,
        /** A Wayland session: the key reaches Latchkey only while an X11 application has the focus. */
        WAYLAND_X11_APPS_ONLY,
        /** libX11 could not be loaded or the X server refused the connection. */
        NO_X_CONNECTION,
        /** Another program holds the combination already. */
        TAKEN,
        /** The user turned the system-wide shortcut off. */
        TURNED_OFF
    }
}
