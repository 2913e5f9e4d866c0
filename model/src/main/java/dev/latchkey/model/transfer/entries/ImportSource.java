package dev.latchkey.model.transfer.entries;

import dev.latchkey.crypto.secret.Wipe;
import java.nio.file.Path;

/**
 * A file to import and what opens it: the file's password (a KeePass database, a Bitwarden
 * encrypted export) and a KeePass key file, either may be null. Owns the password: closing
 * wipes it.
 */
public record ImportSource(Path file, char[] password, Path keyFile) implements AutoCloseable {
    public static ImportSource of(Path file) {
        return new ImportSource(file, null, null);
    }

    @Override
    public void close() {
        Wipe.chars(password);
    }

    @Override
    public String toString() {
        return "ImportSource[" + file + "]";
    }
}
