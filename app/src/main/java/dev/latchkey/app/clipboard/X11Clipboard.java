package dev.latchkey.app.clipboard;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.platform.unix.X11;
import dev.latchkey.app.toolkit.SystemClipboard;
import dev.latchkey.app.x11.XErrors;
import dev.latchkey.app.x11.Xlib;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The X11 clipboard (the CLIPBOARD selection), owned by Latchkey itself: the text stays in a
 * {@code char[]} that is wiped when it leaves the clipboard (JavaFX's clipboard takes only a
 * String), each application that pastes it is heard, so a copy sequence can move on when the
 * user pastes, and clipboard managers are asked not to keep it ({@code
 * x-kde-passwordManagerHint: secret}, which Klipper and CopyQ honour).
 *
 * <p>One connection and one thread of its own answer the requests; calls from the UI thread
 * and the answering thread use the connection under one lock, and neither blocks inside Xlib
 * while holding it. Text too large for one reply (the incremental protocol is not spoken)
 * and any failure to own the selection go to the fallback clipboard.
 */
public final class X11Clipboard implements SystemClipboard, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(X11Clipboard.class.getName());
    static final int MAX_BYTES = 64 * 1024;
    private static final int SELECTION_CLEAR = 29;
    private static final int SELECTION_REQUEST = 30;
    private static final int SELECTION_NOTIFY = 31;
    private static final int PROP_MODE_REPLACE = 0;
    private static final int POLL_MILLIS = 100;
    private static final byte[] PASSWORD_HINT = "secret".getBytes(StandardCharsets.US_ASCII);

    private final SystemClipboard fallback;
    private final X11 x;
    private final X11.Display display;
    private final X11.Window window;
    private final Atoms atoms;
    private final Object lock = new Object();
    private final Thread thread;
    private char[] text;
    private volatile Runnable readListener;
    private volatile boolean open = true;

    private X11Clipboard(SystemClipboard fallback, X11 x, X11.Display display) {
        this.fallback = fallback;
        this.x = x;
        this.display = display;
        this.window = x.XCreateSimpleWindow(display, x.XDefaultRootWindow(display), 0, 0, 1, 1, 0, 0, 0);
        this.atoms = new Atoms(x, display);
        this.thread = new Thread(this::answer, "latchkey-clipboard");
        thread.setDaemon(true);
        thread.start();
    }

    /** The clipboard of {@code displayName}, or empty when it cannot be reached. */
    public static Optional<X11Clipboard> open(String displayName, SystemClipboard fallback) {
        try {
            X11 x = Xlib.x11();
            X11.Display display = x.XOpenDisplay(displayName);
            return display == null ? Optional.empty() : Optional.of(new X11Clipboard(fallback, x, display));
        } catch (LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "libX11 cannot be loaded; using the toolkit's clipboard: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void putText(char[] chars) {
        if (chars.length * 3 > MAX_BYTES) {
            release();
            fallback.putText(chars);
            return;
        }
        boolean owned;
        synchronized (lock) {
            wipe();
            text = chars.clone();
            Xlib.setSelectionOwner(display, atoms.clipboard, window);
            owned = Xlib.selectionOwner(display, atoms.clipboard) == window.longValue();
            if (!owned) {
                wipe();
            }
        }
        if (!owned) {
            LOG.log(System.Logger.Level.WARNING, "the X server did not give Latchkey the clipboard; "
                    + "using the toolkit's");
            fallback.putText(chars);
        }
    }

    @Override
    public CharSequence text() {
        synchronized (lock) {
            if (text != null) {
                return CharBuffer.wrap(text).asReadOnlyBuffer();
            }
        }
        return fallback.text();
    }

    @Override
    public void clear() {
        if (!release()) {
            fallback.clear();
        }
    }

    /** Gives the clipboard up if we hold it; true if we did. */
    private boolean release() {
        synchronized (lock) {
            if (text == null) {
                return false;
            }
            wipe();
            Xlib.setSelectionOwner(display, atoms.clipboard, null);
            x.XFlush(display);
            return true;
        }
    }

    @Override
    public boolean detectsReads() {
        return true;
    }

    @Override
    public void onRead(Runnable listener) {
        this.readListener = listener;
    }

    /** Whether the clipboard holds text we put there (for tests). */
    boolean owns() {
        synchronized (lock) {
            return text != null;
        }
    }

    @Override
    public void close() {
        open = false;
        if (Thread.currentThread() != thread) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void wipe() {
        if (text != null) {
            Arrays.fill(text, '\0');
            text = null;
        }
    }

    // ---- the answering thread ------------------------------------------------------------------

    private void answer() {
        Xlib.InputWait input = new Xlib.InputWait(display);
        X11.XEvent event = new X11.XEvent();
        try {
            while (open) {
                boolean wasRead = false;
                synchronized (lock) {
                    while (x.XPending(display) > 0) {
                        x.XNextEvent(display, event);
                        wasRead |= handle(event);
                    }
                }
                Runnable listener = readListener;
                if (wasRead && listener != null) {
                    listener.run();
                }
                input.await(POLL_MILLIS);
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "the clipboard stopped answering: " + e.getMessage());
        } finally {
            synchronized (lock) {
                wipe();
                x.XDestroyWindow(display, window);
                x.XCloseDisplay(display);
            }
        }
    }

    /** Answers one event; true when another application read the text. */
    private boolean handle(X11.XEvent event) {
        int type = event.getPointer().getInt(0);
        if (type == SELECTION_CLEAR) {
            X11.XSelectionClearEvent clear = (X11.XSelectionClearEvent) event.getTypedValue(
                    X11.XSelectionClearEvent.class);
            if (atoms.clipboard.equals(clear.selection)) {
                wipe();
            }
            return false;
        }
        if (type != SELECTION_REQUEST) {
            return false;
        }
        X11.XSelectionRequestEvent request = (X11.XSelectionRequestEvent) event.getTypedValue(
                X11.XSelectionRequestEvent.class);
        // Obsolete clients name no property: the target is the property then (ICCCM 2.2).
        X11.Atom property = request.property == null || request.property.longValue() == 0 ? request.target
                : request.property;
        Reply reply = text == null || !atoms.clipboard.equals(request.selection) ? null : replyTo(request.target);
        boolean delivered = reply != null && XErrors.collect(x, display, () -> {
            write(request.requestor, property, reply);
            x.XSync(display, false);
        }) == 0;
        notifyRequestor(request, delivered ? property : null);
        return delivered && reply.isText();
    }

    /** What to answer for {@code target}; null when we cannot convert to it. */
    private Reply replyTo(X11.Atom target) {
        if (atoms.targets.equals(target)) {
            return Reply.atoms(atoms.offered());
        }
        if (atoms.passwordHint.equals(target)) {
            return new Reply(target, PASSWORD_HINT.clone(), false);
        }
        if (atoms.utf8.equals(target) || atoms.text.equals(target) || atoms.plainUtf8.equals(target)) {
            return new Reply(atoms.plainUtf8.equals(target) ? target : atoms.utf8, encode(StandardCharsets.UTF_8.newEncoder()),
                    true);
        }
        if (atoms.string.equals(target)) {
            byte[] latin1 = encode(StandardCharsets.ISO_8859_1.newEncoder());
            return latin1 == null ? null : new Reply(atoms.string, latin1, true);
        }
        return null;
    }

    /** The text in {@code encoder}'s charset, or null where it cannot say every character. */
    private byte[] encode(CharsetEncoder encoder) {
        if (!encoder.canEncode(CharBuffer.wrap(text))) {
            return null;
        }
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            Arrays.fill(buffer.array(), (byte) 0);
            return bytes;
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private void write(X11.Window requestor, X11.Atom property, Reply reply) {
        int units = reply.format == 8 ? reply.bytes.length : reply.bytes.length / NativeLong.SIZE;
        try (Memory data = new Memory(Math.max(1, reply.bytes.length))) {
            data.write(0, reply.bytes, 0, reply.bytes.length);
            x.XChangeProperty(display, requestor, property, reply.type, reply.format, PROP_MODE_REPLACE, data, units);
            data.clear();
        } finally {
            Arrays.fill(reply.bytes, (byte) 0);
        }
    }

    private void notifyRequestor(X11.XSelectionRequestEvent request, X11.Atom property) {
        X11.XEvent notify = new X11.XEvent();
        notify.setType(X11.XSelectionEvent.class);
        X11.XSelectionEvent e = notify.xselection;
        e.type = SELECTION_NOTIFY;
        e.display = display;
        e.requestor = request.requestor;
        e.selection = request.selection;
        e.target = request.target;
        e.property = property == null ? new X11.Atom(0) : property;
        e.time = request.time;
        notify.write();
        XErrors.collect(x, display, () -> {
            x.XSendEvent(display, request.requestor, 0, new NativeLong(0), notify);
            x.XSync(display, false);
        });
    }

    /** A converted value: its type, its format (8 or 32 bits) and its bytes, which are wiped once sent. */
    private record Reply(X11.Atom type, int format, byte[] bytes, boolean isText) {
        Reply(X11.Atom type, byte[] bytes, boolean isText) {
            this(type, 8, bytes, isText);
        }

        /** A list of atoms, as format 32 wants it: one C long each. */
        static Reply atoms(List<X11.Atom> list) {
            ByteBuffer buffer = ByteBuffer.allocate(list.size() * NativeLong.SIZE).order(java.nio.ByteOrder.nativeOrder());
            for (X11.Atom a : list) {
                if (NativeLong.SIZE == 8) {
                    buffer.putLong(a.longValue());
                } else {
                    buffer.putInt((int) a.longValue());
                }
            }
            return new Reply(new X11.Atom(4), 32, buffer.array(), false);
        }
    }

    /** The atoms the clipboard speaks, interned once. */
    private static final class Atoms {
        final X11.Atom clipboard;
        final X11.Atom targets;
        final X11.Atom utf8;
        final X11.Atom text;
        final X11.Atom plainUtf8;
        final X11.Atom string = new X11.Atom(31);
        final X11.Atom passwordHint;

        Atoms(X11 x, X11.Display display) {
            clipboard = x.XInternAtom(display, "CLIPBOARD", false);
            targets = x.XInternAtom(display, "TARGETS", false);
            utf8 = x.XInternAtom(display, "UTF8_STRING", false);
            text = x.XInternAtom(display, "TEXT", false);
            plainUtf8 = x.XInternAtom(display, "text/plain;charset=utf-8", false);
            passwordHint = x.XInternAtom(display, "x-kde-passwordManagerHint", false);
        }

        List<X11.Atom> offered() {
            return List.of(targets, utf8, plainUtf8, text, string, passwordHint);
        }
    }
}
