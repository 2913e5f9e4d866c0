package dev.latchkey.app.toolkit;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** {@link SystemClipboard} over JavaFX's system clipboard. */
public final class FxSystemClipboard implements SystemClipboard {
    @Override
    public void putText(char[] text) {
        ClipboardContent content = new ClipboardContent();
        // The platform clipboard only takes a String; it is the one copy we cannot avoid.
        content.putString(new String(text));
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public CharSequence text() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() ? clipboard.getString() : null;
    }

    @Override
    public void clear() {
        Clipboard.getSystemClipboard().clear();
    }
}
