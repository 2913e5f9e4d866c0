package dev.latchkey.model.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A keychain's files as files: made whole under a temporary name and linked into place,
 * readable by the owner only (the folder too), deleted with their side files. What is in
 * them is {@link KeychainStore}'s business.
 */
public final class KeychainFiles {
    private KeychainFiles() {
    }

    /**
     * Creates a complete keychain under a temporary name and only then links it into place, so
     * no half-written keychain is ever visible under {@code file}.
     */
    public static void create(Path file, HeaderRecord header, ManifestRecord manifest,
            SettingsRecord settings) throws StoreException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = dir.resolve("." + file.getFileName().toString().replace(KeychainStore.FILE_SUFFIX, "")
                + ".creating-" + UUID.randomUUID() + KeychainStore.FILE_SUFFIX);
        try {
            Files.createDirectories(dir);
            if (Files.exists(file)) {
                throw new StoreException(StoreException.Kind.DUPLICATE, "a keychain file already exists");
            }
            try (Connection c = KeychainStore.connect("jdbc:h2:file:" + KeychainStore.base(temp) + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0")) {
                SchemaMigrator.migrate(c);
                c.setAutoCommit(false);
                try (PreparedStatement h = c.prepareStatement("INSERT INTO keychain_header VALUES (1, ?, ?)");
                     PreparedStatement m = c.prepareStatement("INSERT INTO manifest VALUES (1, ?, ?, ?, ?, ?)");
                     PreparedStatement s = c.prepareStatement("INSERT INTO keychain_settings VALUES (1, ?, ?)")) {
                    h.setBytes(1, header.header());
                    h.setBytes(2, header.wrappedMasterKey());
                    h.executeUpdate();
                    KeychainStore.bindManifest(m, manifest);
                    m.executeUpdate();
                    s.setLong(1, settings.version());
                    s.setBytes(2, settings.sealed());
                    s.executeUpdate();
                }
                c.commit();
            }
            restrictToOwner(temp);
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException e) {
                throw new StoreException(StoreException.Kind.DUPLICATE, "a keychain file already exists");
            } catch (UnsupportedOperationException | IOException e) {
                Files.move(temp, file);
            }
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot create keychain");
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(StoreException.Kind.DUPLICATE, "a keychain file already exists");
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "cannot create keychain: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(Path.of(KeychainStore.base(temp) + ".trace.db"));
        }
    }

    /** Creates {@code dir} (and parents) readable by the owner only, where the platform allows. */
    public static void createPrivateDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrictToOwner(dir);
    }

    static void restrictToOwner(Path p) throws IOException {
        if (!p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        String perms = Files.isDirectory(p) ? "rwx------" : "rw-------";
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    }

    /**
     * Deletes the keychain file and its side files. The caller owns the file, which
     * {@code owner} proves; its lock file goes too.
     */
    public static void delete(KeychainOwner owner) throws StoreException {
        Path file = owner.file();
        if (!Files.exists(file)) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "no keychain file at " + file);
        }
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "cannot delete keychain: " + e.getMessage(), e);
        }
        // Older versions shared the file through H2's AUTO_SERVER, which left a .lock.db.
        deleteQuietly(Path.of(KeychainStore.base(file) + ".lock.db"));
        deleteQuietly(Path.of(KeychainStore.base(file) + ".trace.db"));
        owner.deleteLockFile();
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Best effort: a leftover side file holds no keychain data.
        }
    }
}
