package dev.latchkey.app.idle;

import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;

/** Reports keyboard and mouse input in every Latchkey window (present and future) to {@link IdleLock}. */
public final class WindowActivity {
    private WindowActivity() {
    }

    public static void track(IdleLock idle) {
        EventHandler<InputEvent> touch = e -> idle.touch();
        for (Window w : Window.getWindows()) {
            w.addEventFilter(InputEvent.ANY, touch);
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    w.addEventFilter(InputEvent.ANY, touch);
                }
                for (Window w : change.getRemoved()) {
                    w.removeEventFilter(InputEvent.ANY, touch);
                }
            }
        });
    }
}
