package dev.latchkey.app.transfer;

import java.util.List;

/**
 * What importing one file did, for the import report.
 *
 * @param summary    one sentence ("Imported 1 identity from PKCS#12.", or why nothing was)
 * @param imported   labels of what was stored
 * @param duplicates labels of what the keychain already had
 * @param skipped    what the file held that Latchkey does not store
 */
public record FileOutcome(String file, Result result, String summary, List<String> imported,
        List<String> duplicates, List<String> skipped) {
    /** How the file went: stored something, had nothing new, failed (nothing stored), or was cancelled. */
    public enum Result { IMPORTED, NOTHING_NEW, FAILED, CANCELLED }

    public FileOutcome {
        imported = List.copyOf(imported);
        duplicates = List.copyOf(duplicates);
        skipped = List.copyOf(skipped);
    }

    static FileOutcome of(String file, Result result, String summary) {
        return new FileOutcome(file, result, summary, List.of(), List.of(), List.of());
    }
}
