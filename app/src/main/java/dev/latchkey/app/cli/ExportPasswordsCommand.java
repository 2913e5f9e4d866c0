package dev.latchkey.app.cli;

import dev.latchkey.crypto.kdf.KdfPolicy;
import dev.latchkey.crypto.secret.SecretBuffer;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.transfer.ExportFile;
import dev.latchkey.model.transfer.csv.CsvFlavour;
import dev.latchkey.model.transfer.export.CsvExporter;
import dev.latchkey.model.transfer.export.KdbxExporter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export-passwords", description = {
    "Export the keychain's passwords, notes and codes: as CSV in KeePassXC's or Bitwarden's columns (plain text!), "
        + "or as a KeePass KDBX 4 database protected by a new password (KeePassXC opens it).",
    "Certificates and keys are not included: use `latchkey backup` or `latchkey export`."})
final class ExportPasswordsCommand implements Callable<Integer> {
    @ParentCommand LatchkeyCommand root;
    @Option(names = "-o", required = true, paramLabel = "FILE", description = "The file to write (owner-only).")
    Path output;
    @Option(names = {"-f", "--format"}, required = true, paramLabel = "csv|kdbx", description = "What to write.")
    String format;
    @Option(names = "--columns", paramLabel = "keepassxc|bitwarden", defaultValue = "keepassxc",
            description = "The CSV's columns: KeePassXC's (default) or Bitwarden's.")
    String columns;
    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the new database's password from the first line of FILE (else it is typed twice).")
    Path passphraseFile;

    @Override
    public Integer call() throws LatchkeyException {
        String kind = format.toLowerCase(Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("kdbx")) {
            throw new LatchkeyException(Status.PARAM, "unknown format \"" + format + "\"; use csv or kdbx");
        }
        CsvFlavour flavour = switch (columns.toLowerCase(Locale.ROOT)) {
            case "keepassxc" -> CsvFlavour.KEEPASSXC;
            case "bitwarden" -> CsvFlavour.BITWARDEN;
            default -> throw new LatchkeyException(Status.PARAM, "--columns takes keepassxc or bitwarden");
        };
        if (kind.equals("csv")) {
            root.context.err().println("latchkey: warning: CSV is plain text: anyone who can read " + output
                    + " can read every password in it. Delete it once it is imported.");
        }
        // Asked before the keychain is unlocked, so slow typing cannot outlast the fresh password entry.
        char[] passphrase = kind.equals("kdbx") ? FilePassphrase.fresh(root, passphraseFile, output.toString()) : null;
        try {
            Keychain k = root.unlockToReveal(root.keychainRef(null));
            int count;
            if (kind.equals("csv")) {
                count = CsvExporter.itemCount(k);
                ExportFile.write(output, CsvExporter.export(k, flavour), true);
            } else {
                SecretBuffer out = new SecretBuffer();
                count = KdbxExporter.export(k, passphrase, KdfPolicy.FLOOR, out);
                ExportFile.write(output, out.takeAndWipe(), true);
            }
            root.context.out().println("Exported " + count + (count == 1 ? " item" : " items") + " to " + output + ".");
        } finally {
            Wipe.chars(passphrase);
        }
        return ExitCodes.OK;
    }
}
