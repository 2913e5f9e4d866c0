package dev.latchkey.model.keychain;

import java.nio.file.Path;

/** A keychain by name and file. Two refs to one file are equal. */
public record KeychainRef(String name, Path file) {
    public KeychainRef {
        file = file.toAbsolutePath().normalize();
    }

    @Override
    public String toString() {
        return name;
    }
}
