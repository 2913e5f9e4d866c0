package dev.latchkey.model.transfer;

import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes exported data to a file; a file holding private keys is readable by its owner only. */
public final class ExportFile {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private ExportFile() {
    }

    /** Writes (replacing) {@code file}; with {@code secret}, limits it to the owner and wipes {@code data}. */
    public static void write(Path file, byte[] data, boolean secret) throws LatchkeyException {
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (secret && posix) {
                if (Files.exists(file)) {
                    Files.setPosixFilePermissions(file, OWNER_ONLY);
                } else {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                }
            }
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                out.write(data);
            }
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot write " + file + ": " + reason(e), e);
        } finally {
            if (secret) {
                Wipe.bytes(data);
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getClass().getSimpleName();
    }
}
