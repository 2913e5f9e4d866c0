package dev.latchkey.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared external test corpus (surefire sets {@code latchkey.corpus}); tests skip when it is absent. */
public final class Corpus {
    private Corpus() {
    }

    public static Path require(String relative) {
        String root = System.getProperty("latchkey.corpus");
        Path path = root == null ? null : Path.of(root).resolve(relative);
        if (path == null || !Files.exists(path)) {
            Assumptions.abort("corpus not found at " + (path == null ? "(latchkey.corpus unset)" : path));
        }
        return path;
    }
}
