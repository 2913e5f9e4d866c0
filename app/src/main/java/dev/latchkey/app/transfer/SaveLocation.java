package dev.latchkey.app.transfer;

import dev.latchkey.app.ui.Messages;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Checks a typed file name for saving: given, not a folder, and in a folder that exists. */
public final class SaveLocation {
    private SaveLocation() {
    }

    /** Why the file cannot be saved there, or empty. */
    public static String problem(String text, Messages messages) {
        if (text == null || text.isBlank()) {
            return messages.get("export.noFile");
        }
        Path p;
        try {
            p = Path.of(text.strip());
        } catch (InvalidPathException e) {
            return messages.get("export.badFile");
        }
        if (Files.isDirectory(p)) {
            return messages.get("export.isFolder");
        }
        Path parent = p.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return messages.get("export.noFolder");
        }
        return "";
    }

    /** A file name made from a label: characters file systems refuse become underscores. */
    public static String fileName(String label, String extension) {
        String safe = label.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (safe.isEmpty() ? "export" : safe) + "." + extension;
    }
}
