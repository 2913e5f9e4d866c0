package dev.latchkey.app.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;

/** The platform's file choosers, behind an interface so headless flows can answer them. */
public interface FileDialogs {
    /** The files the user chose to open; empty when cancelled. */
    List<Path> chooseToOpen(String title, List<FileChooser.ExtensionFilter> filters);
}
