package dev.latchkey.app.toolkit;

/** The desktop clipboard, as plain text. Called on the UI thread. */
public interface SystemClipboard {
    /** Replaces the clipboard content; the caller still owns (and wipes) {@code text}. */
    void putText(char[] text);

    /** The current text, or null when the clipboard holds no text. */
    CharSequence text();

    void clear();

    /**
     * Whether {@link #onRead} hears when another application reads (pastes) text put here; the
     * platform clipboards of JavaFX do not tell.
     */
    default boolean detectsReads() {
        return false;
    }

    /** Who hears each read of text put here; called on any thread. */
    default void onRead(Runnable listener) {
        // Reads are not detected.
    }
}
