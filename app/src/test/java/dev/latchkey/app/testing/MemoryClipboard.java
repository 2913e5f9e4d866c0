package dev.latchkey.app.testing;

import dev.latchkey.app.ui.SystemClipboard;

/** A clipboard in memory, for view-model tests. */
public final class MemoryClipboard implements SystemClipboard {
    private String text;

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
