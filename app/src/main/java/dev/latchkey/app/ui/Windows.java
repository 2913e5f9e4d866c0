package dev.latchkey.app.ui;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
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

    /** A dialog owned by the main window; modal ones block input to it until closed. */
    public Stage dialog(Parent root, String title, boolean modal) {
        Stage stage = new Stage();
        Window owner = mainWindow.get();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(modal ? Modality.WINDOW_MODAL : Modality.NONE);
        stage.setTitle(title);
        Scene scene = scene(root);
        stage.setScene(scene);
        stage.setResizable(false);
        // Inline errors and hints appear and disappear: let the window follow its content.
        scene.addPostLayoutPulseListener(() -> {
            double wanted = root.prefHeight(scene.getWidth());
            if (stage.isShowing() && Math.abs(wanted - scene.getHeight()) > 1) {
                stage.sizeToScene();
            }
        });
        return stage;
    }

    public Window mainWindow() {
        return mainWindow.get();
    }
}
