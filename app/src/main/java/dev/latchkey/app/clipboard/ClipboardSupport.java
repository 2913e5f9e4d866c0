package dev.latchkey.app.clipboard;

import dev.latchkey.app.desktop.DesktopSession;
import dev.latchkey.app.toolkit.FxSystemClipboard;
import dev.latchkey.app.toolkit.SystemClipboard;
import java.util.Map;

/**
 * Picks the clipboard for this desktop: Latchkey's own X11 clipboard where there is an X
 * display (XWayland too, whose clipboard the compositor shares), which keeps secrets out of
 * Strings and hears pastes; JavaFX's elsewhere.
 */
public final class ClipboardSupport {
    private ClipboardSupport() {
    }

    public static SystemClipboard forThisDesktop() {
        return detect(System.getenv(), System.getProperty("os.name", ""));
    }

    static SystemClipboard detect(Map<String, String> env, String osName) {
        DesktopSession session = DesktopSession.of(env, osName);
        SystemClipboard toolkit = new FxSystemClipboard();
        if (!session.x11Platform() || session.display().isEmpty()) {
            return toolkit;
        }
        return X11Clipboard.open(session.display().get(), toolkit).<SystemClipboard>map(c -> c).orElse(toolkit);
    }
}
