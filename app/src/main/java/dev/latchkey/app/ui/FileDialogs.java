package dev.latchkey.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;

/** The platform's file choosers, behind an interface so headless flows can answer them. */
public interface FileDialogs {
    /** The files the user chose to open; empty when cancelled. */
    List<Path> chooseToOpen(String title, List<FileChooser.ExtensionFilter> filters);

    /** Where the user chose to save a file offered under {@code fileName}; empty when cancelled. */
    Optional<Path> chooseToSave(String title, String fileName);
}
