package dev.latchkey.app.shell;

import dev.latchkey.app.toolkit.Windows;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Latchkey's open secondary windows by what they show (an item id, a keychain, a task), so a
 * second request for the same thing brings the first window to the front instead of opening
 * another. Shared by every navigator, so an item has one inspector whoever opened it.
 */
final class OpenWindows {
    private final Windows windows;
    private final Map<Object, Stage> open = new HashMap<>();

    OpenWindows(Windows windows) {
        this.windows = windows;
    }

    /** Brings the window showing {@code key} to the front; false when there is none. */
    boolean raise(Object key) {
        Stage stage = open.get(key);
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            return true;
        }
        return false;
    }

    /** The window showing {@code key}, if one is open. */
    Optional<Stage> find(Object key) {
        Stage stage = open.get(key);
        return stage != null && stage.isShowing() ? Optional.of(stage) : Optional.empty();
    }

    /** Shows a new window for {@code key} and forgets it when it closes. */
    Stage show(Object key, Parent root, String title, boolean modal) {
        Stage stage = windows.dialog(root, title, modal);
        open.put(key, stage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> open.remove(key, stage));
        stage.show();
        return stage;
    }
}
