package dev.latchkey.app.hotkey;

import com.sun.jna.platform.unix.X11;
import dev.latchkey.app.x11.XErrors;
import dev.latchkey.app.x11.Xlib;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The shortcut on X11: a passive grab of the combination on the root window ({@code XGrabKey}),
 * so the X server sends those presses, and only those, to Latchkey whatever has the focus,
 * and the focused application does not see them. A listener of every key (XRecord, as
 * keyloggers use) is exactly what a keychain must not be.
 *
 * <p>The grab lives on its own connection and thread, apart from JavaFX's. A combination that
 * another program holds already makes the server answer BadAccess, collected by {@link XErrors}.
 */
final class X11GlobalShortcut implements GlobalShortcut {
    private static final System.Logger LOG = System.getLogger(X11GlobalShortcut.class.getName());
    private static final int LOCK = 1 << 1;
    private static final int NUM_LOCK = 1 << 4;
    /** The server compares the whole modifier state, so grab the combination under every lock state. */
    private static final int[] LOCKS = {0, LOCK, NUM_LOCK, LOCK | NUM_LOCK};
    private static final int KEY_PRESS = 2;
    private static final int BAD_ACCESS = 10;
    private static final int GRAB_MODE_ASYNC = 1;
    private static final int POLL_MILLIS = 250;

    private final KeyChord chord;
    private final Optional<Unavailable> caveat;
    private final CompletableFuture<Optional<Unavailable>> grabbed = new CompletableFuture<>();
    private final Thread thread;
    private volatile Runnable receiver;
    private volatile boolean open = true;

    private X11GlobalShortcut(String display, KeyChord chord, Optional<Unavailable> caveat) {
        this.chord = chord;
        this.caveat = caveat;
        this.thread = new Thread(() -> run(display), "latchkey-global-shortcut");
        thread.setDaemon(true);
    }

    /** Grabs {@code chord} on {@code display}, waiting up to {@code timeout} for the server's answer. */
    static GlobalShortcut grab(String display, KeyChord chord, Optional<Unavailable> caveat, Duration timeout) {
        X11GlobalShortcut shortcut = new X11GlobalShortcut(display, chord, caveat);
        shortcut.thread.start();
        Optional<Unavailable> refused;
        try {
            refused = shortcut.grabbed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refused = Optional.of(Unavailable.NO_X_CONNECTION);
        } catch (ExecutionException | TimeoutException e) {
            refused = Optional.of(Unavailable.NO_X_CONNECTION);
        }
        if (refused.isPresent()) {
            shortcut.close();
            return new Unsupported(chord.text(), refused.get());
        }
        return shortcut;
    }

    @Override
    public String keys() {
        return chord.text();
    }

    @Override
    public Optional<Unavailable> unavailable() {
        return Optional.empty();
    }

    @Override
    public Optional<Unavailable> caveat() {
        return caveat;
    }

    @Override
    public void onPressed(Runnable receiver) {
        this.receiver = receiver;
    }

    @Override
    public void close() {
        open = false;
        if (Thread.currentThread() != thread) {
            try {
                thread.join(2 * POLL_MILLIS + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run(String displayName) {
        X11 x;
        X11.Display display;
        try {
            x = Xlib.x11();
            display = x.XOpenDisplay(displayName);
        } catch (LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "no system-wide shortcut: libX11 cannot be loaded: " + e.getMessage());
            grabbed.complete(Optional.of(Unavailable.NO_X_CONNECTION));
            return;
        }
        if (display == null) {
            grabbed.complete(Optional.of(Unavailable.NO_X_CONNECTION));
            return;
        }
        try {
            int keycode = x.XKeysymToKeycode(display, x.XStringToKeysym(chord.keysym())) & 0xff;
            X11.Window root = x.XDefaultRootWindow(display);
            int error = grabAll(x, display, root, keycode);
            if (error != 0) {
                grabbed.complete(Optional.of(error == BAD_ACCESS ? Unavailable.TAKEN : Unavailable.NO_X_CONNECTION));
                return;
            }
            grabbed.complete(Optional.empty());
            listen(x, display, keycode);
            for (int lock : LOCKS) {
                x.XUngrabKey(display, keycode, chord.modifiers() | lock, root);
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "the system-wide shortcut stopped: " + e.getMessage());
            grabbed.complete(Optional.of(Unavailable.NO_X_CONNECTION));
        } finally {
            x.XCloseDisplay(display);
        }
    }

    /** Grabs the combination under every lock state; returns the first X error code, or 0. */
    private int grabAll(X11 x, X11.Display display, X11.Window root, int keycode) {
        if (keycode == 0) {
            return -1;
        }
        int error = XErrors.collect(x, display, () -> {
            for (int lock : LOCKS) {
                x.XGrabKey(display, keycode, chord.modifiers() | lock, root, 0, GRAB_MODE_ASYNC, GRAB_MODE_ASYNC);
            }
            x.XSync(display, false);
        });
        if (error != 0) {
            for (int lock : LOCKS) {
                x.XUngrabKey(display, keycode, chord.modifiers() | lock, root);
            }
            x.XSync(display, false);
        }
        return error;
    }

    private void listen(X11 x, X11.Display display, int keycode) {
        Xlib.InputWait input = new Xlib.InputWait(display);
        X11.XEvent event = new X11.XEvent();
        while (open) {
            while (open && x.XPending(display) > 0) {
                x.XNextEvent(display, event);
                if (event.getPointer().getInt(0) != KEY_PRESS) {
                    continue;
                }
                X11.XKeyEvent key = (X11.XKeyEvent) event.getTypedValue(X11.XKeyEvent.class);
                Runnable r = receiver;
                if (key.keycode == keycode && chord.matches(key.state) && r != null) {
                    r.run();
                }
            }
            input.await(POLL_MILLIS);
        }
    }
}
