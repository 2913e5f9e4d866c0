package dev.latchkey.app.cli;

import dev.latchkey.crypto.kdf.KdfPolicy;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.transfer.ExportFile;
import dev.latchkey.model.transfer.backup.KeychainBackup;
import dev.latchkey.model.transfer.entries.ImportResult;
import dev.latchkey.model.transfer.entries.PasswordImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code latchkey backup} and {@code latchkey restore}: the encrypted backup of every item (decision 0012). */
final class BackupCommands {
    private BackupCommands() {
    }

    @Command(name = "backup", description = {
        "Write an encrypted backup of every item of the keychain, certificates, keys and codes included, "
            + "to one file (Argon2id + AES-256-GCM under a passphrase of its own, typed twice)."})
    static final class Backup implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Option(names = "-o", required = true, paramLabel = "FILE", description = "The backup file to write.")
        Path output;
        @Option(names = "--passphrase-file", paramLabel = "FILE",
                description = "Read the backup's passphrase from the first line of FILE.")
        Path passphraseFile;

        @Override
        public Integer call() throws LatchkeyException {
            char[] passphrase = FilePassphrase.fresh(root, passphraseFile, "the backup " + output);
            try {
                Keychain k = root.unlockToReveal(root.keychainRef(null));
                byte[] backup = KeychainBackup.create(k, passphrase, KdfPolicy.FLOOR, Progress.NONE);
                ExportFile.write(output, backup, true);
                root.context.out().println("Backed up " + k.size() + (k.size() == 1 ? " item" : " items")
                        + " to " + output + ".");
            } finally {
                Wipe.chars(passphrase);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "restore", description = {
        "Restore the items of a backup into the keychain, in one transaction. A backup that was changed after it "
            + "was written is refused. Supports --json."})
    static final class Restore implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--passphrase-file", paramLabel = "FILE",
                description = "Read the backup's passphrase from the first line of FILE.")
        Path passphraseFile;
        @Option(names = "--duplicates", paramLabel = "skip|keep-both|replace", defaultValue = "skip",
                description = "What to do with an item the keychain already has (default: skip).")
        String duplicates;

        @Override
        public Integer call() throws LatchkeyException {
            byte[] data;
            try {
                data = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new LatchkeyException(Status.IO, "cannot read " + file);
            }
            char[] passphrase = FilePassphrase.existing(root, passphraseFile, "the backup " + file);
            Keychain k = root.unlock(root.keychainRef(null));
            try (PasswordImport plan = PasswordImport.of(k, KeychainBackup.open(file, data, passphrase))) {
                ImportResult result = plan.apply(ImportPasswordsCommand.policy(duplicates), Progress.NONE);
                String summary = result.summary().replaceFirst("^Imported", "Restored");
                if (root.json) {
                    var out = CliContext.json().createObjectNode();
                    out.put("added", result.added().size());
                    out.put("replaced", result.replaced());
                    out.put("skipped", result.skipped());
                    out.put("summary", summary);
                    root.context.out().println(out.toPrettyString());
                } else {
                    root.context.out().println(summary);
                }
            } finally {
                Wipe.chars(passphrase);
            }
            return ExitCodes.OK;
        }
    }
}
