package dev.latchkey.app.testing;

import dev.latchkey.app.hotkey.GlobalShortcut;
import java.util.Optional;

/**
 * A {@link GlobalShortcut} for view-model tests and headless flows: the test presses it, as the
 * X server would deliver the combination, or makes it unavailable or limited.
 */
public final class PressableShortcut implements GlobalShortcut {
    private Unavailable unavailable;
    private Unavailable caveat;
    private Runnable receiver;
    private boolean closed;

    public PressableShortcut unavailable(Unavailable reason) {
        this.unavailable = reason;
        return this;
    }

    public PressableShortcut caveat(Unavailable limit) {
        this.caveat = limit;
        return this;
    }

    /** The combination arrives, on the calling thread (the real one calls from its own). */
    public void press() {
        if (receiver != null && !closed && unavailable == null) {
            receiver.run();
        }
    }

    public boolean closed() {
        return closed;
    }

    /** The combination is taken again after it was given back. */
    public PressableShortcut takenAgain() {
        closed = false;
        return this;
    }

    @Override
    public String keys() {
        return "Ctrl+Shift+Space";
    }

    @Override
    public Optional<Unavailable> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    @Override
    public Optional<Unavailable> caveat() {
        return Optional.ofNullable(caveat);
    }

    @Override
    public void onPressed(Runnable receiver) {
        this.receiver = receiver;
    }

    @Override
    public void close() {
        closed = true;
    }
}
