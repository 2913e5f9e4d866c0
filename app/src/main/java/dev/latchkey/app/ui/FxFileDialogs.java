package dev.latchkey.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;

/** The JavaFX file chooser, owned by the main window. */
public final class FxFileDialogs implements FileDialogs {
    private final Windows windows;

    public FxFileDialogs(Windows windows) {
        this.windows = windows;
    }

    @Override
    public List<Path> chooseToOpen(String title, List<FileChooser.ExtensionFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(filters);
        List<File> chosen = chooser.showOpenMultipleDialog(windows.mainWindow());
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseToSave(String title, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName);
        return Optional.ofNullable(chooser.showSaveDialog(windows.mainWindow())).map(File::toPath);
    }
}
