package dev.latchkey.app.toolkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;

/** The platform's file choosers, behind an interface so headless flows can answer them. */
public interface FileDialogs {
    /** The files the user chose to open; empty when cancelled. */
    List<Path> chooseToOpen(String title, List<FileChooser.ExtensionFilter> filters);

    /** The one file the user chose to open; empty when cancelled. */
    Optional<Path> chooseOneToOpen(String title, List<FileChooser.ExtensionFilter> filters);

    /**
     * Where the user chose to save; empty when cancelled. {@code offered} is a file name, or a
     * path whose folder the dialog starts in when that folder exists.
     */
    Optional<Path> chooseToSave(String title, String offered, List<FileChooser.ExtensionFilter> filters);

    /** As above, with no file-type filter. */
    default Optional<Path> chooseToSave(String title, String offered) {
        return chooseToSave(title, offered, List.of());
    }
}
