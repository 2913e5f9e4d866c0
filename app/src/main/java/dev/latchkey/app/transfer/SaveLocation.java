package dev.latchkey.app.transfer;

import dev.latchkey.app.toolkit.Confirmation;
import dev.latchkey.app.toolkit.DialogService;
import dev.latchkey.app.toolkit.Messages;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where an export is saved: checks a typed file name (given, not a folder, in a folder that
 * exists) and asks before replacing a file.
 */
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

    /** True when {@code target} does not exist yet or the user agreed to replace it. */
    public static boolean mayWrite(Path target, DialogService dialogs, Messages messages) {
        return !Files.exists(target) || dialogs.confirm(new Confirmation(
                messages.get("export.replace.title", target.getFileName()), messages.get("export.replace.message"),
                messages.get("export.replace.action"), true));
    }
}
