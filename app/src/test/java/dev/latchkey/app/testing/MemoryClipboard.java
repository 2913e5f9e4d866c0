package dev.latchkey.app.testing;

import dev.latchkey.app.toolkit.SystemClipboard;

/** A clipboard in memory, for view-model tests; it can hear pastes, as Latchkey's X11 clipboard does. */
public final class MemoryClipboard implements SystemClipboard {
    private String text;
    private boolean detectsReads;
    private Runnable readListener;

    /** From now on it tells when another application pastes. */
    public MemoryClipboard detectingReads() {
        detectsReads = true;
        return this;
    }

    /** Another application pastes: returns what it gets, and is heard where reads are detected. */
    public String paste() {
        String pasted = text;
        if (detectsReads && readListener != null && pasted != null) {
            readListener.run();
        }
        return pasted;
    }

    @Override
    public boolean detectsReads() {
        return detectsReads;
    }

    @Override
    public void onRead(Runnable listener) {
        readListener = listener;
    }

    @Override
    public void putText(char[] chars) {
        text = new String(chars);
    }

    @Override
    public CharSequence text() {
        return text;
    }

    @Override
    public void clear() {
        text = null;
    }

    /** What another application might copy meanwhile. */
    public void putFromElsewhere(String other) {
        text = other;
    }

    public String current() {
        return text;
    }
}
