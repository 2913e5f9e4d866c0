package dev.latchkey.app.transfer;

import dev.latchkey.app.ui.Messages;
import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

/** The export dialogs' Choose… button: the platform's save dialog, starting at the typed file. */
final class SaveChooser {
    private SaveChooser() {
    }

    /** Shows the save dialog; the chosen file goes into {@code pathField}. */
    static void choose(TextField pathField, Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.chooseTitle"));
        Path current = Path.of(pathField.getText().isBlank() ? "." : pathField.getText().strip()).toAbsolutePath();
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName() == null ? "" : current.getFileName().toString());
        File chosen = chooser.showSaveDialog(pathField.getScene().getWindow());
        if (chosen != null) {
            pathField.setText(chosen.getAbsolutePath());
        }
    }
}
