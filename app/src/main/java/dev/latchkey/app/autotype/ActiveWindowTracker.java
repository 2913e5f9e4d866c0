package dev.latchkey.app.autotype;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remembers the last active X window that is not one of Latchkey's, so auto-type can type
 * into the window the user came from. Watches the window manager's {@code _NET_ACTIVE_WINDOW}
 * with {@code xprop -root -spy} (one long-running child, woken only when the active window
 * changes), restarted if it exits (e.g. before a window manager has set the property).
 */
public final class ActiveWindowTracker implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ActiveWindowTracker.class.getName());
    private static final Pattern WINDOW = Pattern.compile("(0x[0-9a-fA-F]+|\\b\\d+)\\s*$");
    private static final long RESTART_MILLIS = 5_000;

    private final Path xprop;
    private final Map<String, String> environment;
    private final LongPredicate ownWindow;
    private volatile long previous;
    private volatile boolean closed;
    private volatile Process spy;
    private Thread thread;

    /** @param ownWindow whether a window belongs to Latchkey (called on the tracker's thread) */
    public ActiveWindowTracker(Path xprop, Map<String, String> environment, LongPredicate ownWindow) {
        this.xprop = xprop;
        this.environment = Map.copyOf(environment);
        this.ownWindow = ownWindow;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::watch, "latchkey-active-window");
        thread.setDaemon(true);
        thread.start();
    }

    /** The last window that was active and is not Latchkey's, if one was seen. */
    public OptionalLong previous() {
        long w = previous;
        return w == 0 ? OptionalLong.empty() : OptionalLong.of(w);
    }

    /** The window id at the end of one line of {@code xprop -spy} output; empty for none (0). */
    static OptionalLong parse(String line) {
        Matcher m = WINDOW.matcher(line.strip());
        if (!m.find()) {
            return OptionalLong.empty();
        }
        String n = m.group(1);
        try {
            long id = n.startsWith("0x") ? Long.parseLong(n.substring(2), 16) : Long.parseLong(n);
            return id == 0 ? OptionalLong.empty() : OptionalLong.of(id);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Records an active-window change (from the spy, or a test). */
    void activated(long window) {
        if (!ownWindow.test(window)) {
            previous = window;
        }
    }

    private void watch() {
        while (!closed) {
            try {
                ProcessBuilder b = new ProcessBuilder(List.of(xprop.toString(), "-root", "-spy", "_NET_ACTIVE_WINDOW"))
                        .redirectErrorStream(true);
                b.environment().putAll(environment);
                spy = b.start();
                try (BufferedReader out = new BufferedReader(new InputStreamReader(spy.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null && !closed; line = out.readLine()) {
                        parse(line).ifPresent(this::activated);
                    }
                }
                spy.waitFor(1, TimeUnit.SECONDS);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "xprop -spy failed: " + e.getMessage());
            } catch (InterruptedException e) {
                return;
            }
            try {
                Thread.sleep(RESTART_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Process p = spy;
        if (p != null) {
            p.destroy();
        }
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.interrupt();
        }
    }
}
