package dev.latchkey.app.codes;

import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import java.util.List;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Latchkey's window in its own process on an X display, for {@link AddCodeX11Test}: the real
 * composition root over a new "login" keychain, and Add Code opened from the toolbar. It presses
 * Scan Screen (the region is then dragged from outside, with real X input), or with the argument
 * {@code paste}, Paste Image; once codes are found it presses Add. It reports on standard output:
 * {@code HOME path}; {@code SCANNING composited} or {@code SCANNING plain} (whether the X screen
 * has a compositor), or {@code PASTING}; {@code OVERLAY x y w h} once the picker shows the screen;
 * {@code FOUND line} for each code read; {@code WINDOWS main dialog} ("visible" or "hidden" each)
 * once they are back; {@code ERROR message} for an inline error; {@code CLOSED} when the dialog
 * has closed (as it does once the code is stored) and the keychain is locked, just before it exits.
 */
public final class AddCodeApp {
    private AddCodeApp() {
    }

    public static void main(String[] args) throws Exception {
        TestApp app = new TestApp();
        app.service.unlock(app.service.create("login", TestKeychains.password()), TestKeychains.password());
        say("HOME " + app.home);
        Platform.startup(() -> {
            Stage main = new Stage();
            app.start(main);
            watchForTheOverlay();
            later(500, () -> openAddCode(app, main, args.length > 0 && args[0].equals("paste")));
        });
    }

    private static void openAddCode(TestApp app, Stage main, boolean paste) {
        MenuButton newItem = (MenuButton) main.getScene().lookup("#newItemButton");
        MenuItem code = newItem.getItems().stream().filter(i -> "Verification Code…".equals(i.getText()))
                .findFirst().orElseThrow();
        code.fire();
        Stage dialog = (Stage) Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#uriArea") != null).findFirst().orElseThrow();
        Parent root = dialog.getScene().getRoot();
        ((Label) root.lookup("#error")).textProperty().addListener((o, old, now) -> {
            if (!now.isEmpty()) {
                say("ERROR " + now);
            }
        });
        VBox found = (VBox) root.lookup("#foundList");
        found.getChildren().addListener((ListChangeListener<Node>) c -> {
            List<String> lines = found.getChildren().stream().map(n -> ((Label) n).getText()).toList();
            if (!lines.isEmpty()) {
                lines.forEach(l -> say("FOUND " + l));
                // The window manager brings minimised windows back in its own time.
                whenVisible(List.of(main, dialog), System.nanoTime() + 10_000_000_000L, () -> {
                    say("WINDOWS " + state(main) + " " + state(dialog));
                    ((Button) root.lookup("#addButton")).fire();
                });
            }
        });
        dialog.showingProperty().addListener((o, was, now) -> {
            if (!now) {
                Platform.runLater(() -> {
                    app.stop();
                    app.service.close();
                    say("CLOSED");
                    Platform.exit();
                    System.exit(0);
                });
            }
        });
        // Once the dialog is on the screen, above the window with the QR code.
        later(1500, () -> {
            if (paste) {
                say("PASTING");
                ((Button) root.lookup("#pasteButton")).fire();
            } else {
                // On GTK, transparent windows are supported exactly when a compositor runs.
                say("SCANNING " + (Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW) ? "composited"
                        : "plain"));
                ((Button) root.lookup("#screenButton")).fire();
            }
        });
    }

    /** Runs {@code then} once every stage is visible again, or at {@code deadline} (nanoTime) anyway. */
    private static void whenVisible(List<Stage> stages, long deadline, Runnable then) {
        if (stages.stream().allMatch(s -> state(s).equals("visible")) || System.nanoTime() > deadline) {
            then.run();
        } else {
            later(100, () -> whenVisible(stages, deadline, then));
        }
    }

    private static String state(Stage s) {
        return s.isShowing() && s.getOpacity() > 0 && !s.isIconified() ? "visible" : "hidden";
    }

    private static void watchForTheOverlay() {
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Drag around")) {
                        later(500, () -> say("OVERLAY " + List.of(s.getX(), s.getY(), s.getWidth(), s.getHeight())
                                .stream().map(d -> String.valueOf(d.intValue())).collect(Collectors.joining(" "))));
                    }
                }
            }
        });
    }

    private static void later(long millis, Runnable action) {
        PauseTransition p = new PauseTransition(Duration.millis(millis));
        p.setOnFinished(e -> action.run());
        p.play();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
