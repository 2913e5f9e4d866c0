package dev.latchkey.app.toolkit;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Password fields without lingering copies: read the content once into a {@code char[]}
 * (never through {@code getText()}), and overwrite the field's buffer before clearing it.
 */
public final class SecretFields {
    private SecretFields() {
    }

    /** A fresh copy of the field's characters; the caller wipes it. */
    public static char[] read(TextField field) {
        CharSequence chars = field.getCharacters();
        char[] out = new char[chars.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = chars.charAt(i);
        }
        return out;
    }

    /** Overwrites the field's character buffer in place, then empties the field. */
    public static void wipe(TextField field) {
        if (field.getCharacters() instanceof StringBuilder buffer) {
            for (int i = 0; i < buffer.length(); i++) {
                buffer.setCharAt(i, '\0');
            }
        }
        field.clear();
    }

    /** Wipes the fields whenever the window they end up in hides (closed, cancelled or done). */
    public static void wipeWhenHidden(TextField... fields) {
        fields[0].sceneProperty().flatMap(Scene::windowProperty).addListener((o, old, window) -> {
            if (window != null) {
                wipeOnHide(window, fields);
            }
        });
    }

    /** Wipes the fields whenever {@code window} hides (closed, cancelled or done). */
    public static void wipeOnHide(Window window, TextField... fields) {
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            for (TextField f : fields) {
                wipe(f);
            }
        });
    }
}
