package dev.latchkey.model.transfer.entries;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The one-line errors of the importers, each naming the file and the place in it. */
public final class ImportErrors {
    private ImportErrors() {
    }

    /** DECODE: "accounts.csv: line 12, field url: not a number". */
    public static LatchkeyException malformed(Path file, String where, String problem) {
        return new LatchkeyException(Status.DECODE, file.getFileName() + ": " + (where.isEmpty() ? "" : where + ": ")
                + problem + "; nothing was imported");
    }

    public static LatchkeyException unreadable(Path file, IOException e) {
        return new LatchkeyException(Status.IO, "cannot read " + file + ": "
                + (e instanceof java.nio.file.NoSuchFileException ? "no such file"
                        : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                                : e.getClass().getSimpleName()), e);
    }

    public static void checkCanceled(Progress progress, long done, long total) throws LatchkeyException {
        if (!progress.proceed(done, total)) {
            throw new LatchkeyException(Status.USER_CANCELED, "canceled; nothing was imported");
        }
    }

    /** Wipes what a failed read had already produced. */
    public static void closeAll(List<ImportedEntry> entries) {
        entries.forEach(ImportedEntry::close);
    }
}
