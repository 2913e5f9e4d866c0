package dev.latchkey.app.ui;

/** The desktop clipboard, as plain text. Called on the UI thread. */
public interface SystemClipboard {
    /** Replaces the clipboard content; the caller still owns (and wipes) {@code text}. */
    void putText(char[] text);

    /** The current text, or null when the clipboard holds no text. */
    CharSequence text();

    void clear();
}
