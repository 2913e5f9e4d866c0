package dev.latchkey.app.toolkit;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Makes Latchkey's scenes and dialog windows: our stylesheet, owner, modality, title. */
public final class Windows {
    public static final String STYLESHEET = Windows.class.getResource("latchkey.css").toExternalForm();

    private final Supplier<Window> mainWindow;

    public Windows(Supplier<Window> mainWindow) {
        this.mainWindow = mainWindow;
    }

    public Scene scene(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(STYLESHEET);
        return scene;
    }

    /**
     * A dialog owned by the Latchkey window that has the focus (so a prompt opened from an
     * inspector stays above that inspector), else by the main window. Modal ones block input
     * to their owner until closed.
     */
    public Stage dialog(Parent root, String title, boolean modal) {
        Stage stage = new Stage();
        stage.getIcons().setAll(AppIcons.windowIcons());
        // The newest focused window: some platforms (and headless tests) report several as focused.
        Window owner = Window.getWindows().stream().filter(w -> w.isFocused() && w.isShowing() && w instanceof Stage)
                .reduce((older, newer) -> newer).orElseGet(mainWindow);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(modal ? Modality.WINDOW_MODAL : Modality.NONE);
        stage.setTitle(title);
        Scene scene = scene(root);
        stage.setScene(scene);
        stage.setResizable(false);
        // Inline errors, hints and the Password Assistant appear and disappear: the window follows
        // its content, grows around its middle, and stays on the screen.
        scene.addPostLayoutPulseListener(() -> {
            double width = root.prefWidth(-1);
            double height = root.prefHeight(width);
            double grownBy = width - scene.getWidth();
            if (stage.isShowing() && (Math.abs(grownBy) > 1 || Math.abs(height - scene.getHeight()) > 1)) {
                stage.sizeToScene();
                stage.setX(stage.getX() - grownBy / 2);
                Platform.runLater(() -> keepOnScreen(stage));
            }
        });
        return stage;
    }

    /** Moves a window that grew past the screen's edge back inside it. */
    private static void keepOnScreen(Stage stage) {
        Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        if (stage.getX() + stage.getWidth() > screen.getMaxX()) {
            stage.setX(Math.max(screen.getMinX(), screen.getMaxX() - stage.getWidth()));
        }
        if (stage.getY() + stage.getHeight() > screen.getMaxY()) {
            stage.setY(Math.max(screen.getMinY(), screen.getMaxY() - stage.getHeight()));
        }
    }

    public Window mainWindow() {
        return mainWindow.get();
    }
}
