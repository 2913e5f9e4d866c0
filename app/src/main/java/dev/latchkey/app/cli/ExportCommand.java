package dev.latchkey.app.cli;

import dev.latchkey.crypto.pkcs12.Pkcs12Protection;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredCertificate;
import dev.latchkey.model.certificates.StoredIdentity;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.transfer.CertificateExporter;
import dev.latchkey.model.transfer.ExportFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = {
    "Export certificates (PEM, DER, PKCS#7), identities (PKCS#12, or PEM with encrypted keys) or private keys "
        + "(encrypted PKCS#8, DER or PEM).",
    "Private keys always leave protected by a passphrase: from --passphrase-file, or typed twice."})
final class ExportCommand implements Callable<Integer> {
    enum Type { certs, identities, keys }

    @ParentCommand LatchkeyCommand root;
    @Option(names = {"-t", "--type"}, required = true, paramLabel = "certs|identities|keys",
            description = "What to export.")
    Type type;
    @Option(names = "-o", required = true, paramLabel = "FILE", description = "The file to write.") Path output;
    @Option(names = {"-f", "--format"}, paramLabel = "pem|der|p7b|p12|pk8",
            description = "Default: pem for certs and keys, p12 for identities.")
    String format;
    @Option(names = "-c", paramLabel = "NAME", description = "Only those whose name contains NAME (any case).")
    String name;
    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase for the keys from the first line of FILE.")
    Path passphraseFile;
    @Option(names = "--legacy", description = "PKCS#12 with 3DES and SHA-1, for old importers (default AES-256).")
    boolean legacy;

    @Override
    public Integer call() throws LatchkeyException {
        ExportFormat exportFormat = format();
        if (legacy && exportFormat != ExportFormat.PKCS12) {
            throw new LatchkeyException(Status.PARAM, "--legacy is for PKCS#12 (--format p12)");
        }
        // Asked before the keychain is unlocked, so slow typing cannot outlast the fresh password entry.
        char[] passphrase = type == Type.certs ? null : FilePassphrase.fresh(root, passphraseFile, output.toString());
        try {
            Keychain k = type == Type.certs ? root.unlock(root.keychainRef(null))
                    : root.unlockToReveal(root.keychainRef(null));
            KeychainCertificates source = new KeychainCertificates(k);
            int count;
            switch (type) {
                case certs -> {
                    List<StoredCertificate> chosen = chosen(source.certificates(),
                            c -> name == null || c.nameContains(name));
                    ExportFile.write(output, CertificateExporter.certificates(chosen, exportFormat), false);
                    count = chosen.size();
                }
                case identities -> {
                    List<StoredIdentity> chosen = chosen(source.identities(),
                            i -> name == null || i.certificate().nameContains(name));
                    ExportFile.write(output, new CertificateExporter(source).identities(chosen, exportFormat,
                            passphrase, legacy ? Pkcs12Protection.LEGACY_3DES_SHA1 : Pkcs12Protection.AES_256_SHA256),
                            true);
                    count = chosen.size();
                }
                default -> {
                    List<Item> chosen = chosen(source.keys(), i -> name == null
                            || i.displayName().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)));
                    ExportFile.write(output, new CertificateExporter(source).privateKeys(chosen, exportFormat,
                            passphrase), true);
                    count = chosen.size();
                }
            }
            root.context.out().println("Exported " + count + " " + noun(count) + " to " + output + ".");
        } finally {
            Wipe.chars(passphrase);
        }
        return ExitCodes.OK;
    }

    private <T> List<T> chosen(List<T> all, Predicate<T> filter) throws LatchkeyException {
        List<T> chosen = all.stream().filter(filter).toList();
        if (chosen.isEmpty()) {
            throw new LatchkeyException(Status.ITEM_NOT_FOUND, "no " + noun(2)
                    + (name == null ? "" : " named \"" + name + "\"") + " to export");
        }
        return chosen;
    }

    private String noun(int count) {
        return switch (type) {
            case certs -> count == 1 ? "certificate" : "certificates";
            case identities -> count == 1 ? "identity" : "identities";
            default -> count == 1 ? "private key" : "private keys";
        };
    }

    private ExportFormat format() throws LatchkeyException {
        if (format == null) {
            return type == Type.identities ? ExportFormat.PKCS12 : ExportFormat.PEM;
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "pem" -> ExportFormat.PEM;
            case "der", "cer" -> ExportFormat.DER;
            case "p7b", "pkcs7" -> ExportFormat.PKCS7;
            case "p12", "pfx", "pkcs12" -> ExportFormat.PKCS12;
            case "pk8", "p8", "pkcs8" -> ExportFormat.PKCS8;
            default -> throw new LatchkeyException(Status.PARAM, "unknown format \"" + format
                    + "\"; use pem, der, p7b, p12 or pk8");
        };
    }
}
