package dev.latchkey.app.instance;

import java.util.Arrays;
import java.util.Optional;

/** What another process may ask the running window to do; the word is the whole request line. */
public enum WindowRequest {
    /** Open the Quick Fill window (a desktop shortcut bound to {@code latchkey quick-fill}). */
    QUICK_FILL("quick-fill"),
    /** Bring the main window to the front (a second start of the app). */
    SHOW("show"),
    /**
     * Stop serving this data folder: sent by a window starting while {@code latchkey daemon}
     * serves it, so that the window becomes the service. Only a daemon takes it.
     */
    HANDOVER("handover");

    private final String word;

    WindowRequest(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    static Optional<WindowRequest> parse(String line) {
        return Arrays.stream(values()).filter(r -> r.word.equals(line)).findFirst();
    }
}
