package dev.latchkey.app.desktop;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the desktop tools Latchkey runs (xdotool, xprop) the way a shell would. */
public final class Executables {
    private Executables() {
    }

    /** The executable called {@code name} in one of the folders of {@code path} (a PATH value). */
    public static Optional<Path> onPath(String name, String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
