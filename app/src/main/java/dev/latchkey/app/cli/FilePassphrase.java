package dev.latchkey.app.cli;

import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file's passphrase (not the keychain password): from {@code --passphrase-file} (first
 * line) or typed at the terminal without echo. Callers wipe what they get.
 */
final class FilePassphrase {
    private FilePassphrase() {
    }

    /** The passphrase that opens {@code what}. */
    static char[] existing(LatchkeyCommand root, Path passphraseFile, String what) throws LatchkeyException {
        if (passphraseFile != null) {
            return SecretText.firstLine(passphraseFile);
        }
        return root.context.prompt().ask("Passphrase for " + what + ": ");
    }

    /** A new passphrase to protect {@code what}, typed twice; never empty. */
    static char[] fresh(LatchkeyCommand root, Path passphraseFile, String what) throws LatchkeyException {
        char[] first;
        if (passphraseFile != null) {
            first = SecretText.firstLine(passphraseFile);
        } else {
            first = root.context.prompt().ask("New passphrase for " + what + ": ");
            char[] again = root.context.prompt().ask("Retype passphrase: ");
            try {
                if (!Arrays.equals(first, again)) {
                    Wipe.chars(first);
                    throw new LatchkeyException(Status.PARAM, "the passphrases do not match");
                }
            } finally {
                Wipe.chars(again);
            }
        }
        if (first.length == 0) {
            throw new LatchkeyException(Status.PARAM, "the passphrase is empty; what is exported leaves only protected");
        }
        return first;
    }
}
