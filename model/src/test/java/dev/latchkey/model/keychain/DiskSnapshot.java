package dev.latchkey.model.keychain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every regular file under a folder with its SHA-256: equal snapshots mean nothing was written.
 * Keychain lock files are left out: they hold only who last opened the keychain, and reading
 * one would release the lock this process may hold on it (see KeychainOwner).
 */
record DiskSnapshot(Map<String, String> files) {

    static DiskSnapshot of(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !isLockFile(p)).toList()) {
                files.put(root.relativize(p).toString(), sha256(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DiskSnapshot(files);
    }

    static boolean isLockFile(Path p) {
        return p.getFileName().toString().endsWith(".keychain.lock");
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
