package dev.latchkey.app.toolkit;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The JavaFX file chooser, owned by the window the user is working in. */
public final class FxFileDialogs implements FileDialogs {
    private final Windows windows;

    public FxFileDialogs(Windows windows) {
        this.windows = windows;
    }

    @Override
    public List<Path> chooseToOpen(String title, List<FileChooser.ExtensionFilter> filters) {
        List<File> chosen = chooser(title, filters).showOpenMultipleDialog(owner());
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseOneToOpen(String title, List<FileChooser.ExtensionFilter> filters) {
        return Optional.ofNullable(chooser(title, filters).showOpenDialog(owner())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseToSave(String title, String offered, List<FileChooser.ExtensionFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        offer(chooser, offered);
        return Optional.ofNullable(chooser.showSaveDialog(owner())).map(File::toPath);
    }

    private static FileChooser chooser(String title, List<FileChooser.ExtensionFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(filters);
        return chooser;
    }

    /** Starts in the offered file's folder when it names one that exists; offers its name. */
    private static void offer(FileChooser chooser, String offered) {
        if (offered.isBlank()) {
            return;
        }
        try {
            Path file = Path.of(offered.strip());
            Path folder = file.toAbsolutePath().getParent();
            if (file.getParent() != null && folder != null && folder.toFile().isDirectory()) {
                chooser.setInitialDirectory(folder.toFile());
            }
            if (file.getFileName() != null) {
                chooser.setInitialFileName(file.getFileName().toString());
            }
        } catch (InvalidPathException e) {
            // Not a path this platform can name: the dialog starts where it usually does.
        }
    }

    /** The focused window (a dialog's chooser stays in front of that dialog), else the main window. */
    private Window owner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElseGet(windows::mainWindow);
    }
}
