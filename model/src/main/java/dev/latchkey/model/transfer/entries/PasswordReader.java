package dev.latchkey.model.transfer.entries;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Progress;
import java.util.List;

/**
 * Reads one export format into entries. Malformed input is DECODE with the place ("line 12,
 * field url"); a protected file without its password is PASSPHRASE_REQUIRED, with a wrong one
 * WRONG_PASSPHRASE; {@code progress} may cancel (USER_CANCELED). On any error nothing is
 * returned and every entry read so far is wiped.
 */
public interface PasswordReader {
    List<ImportedEntry> read(ImportSource source, Progress progress) throws LatchkeyException;
}
