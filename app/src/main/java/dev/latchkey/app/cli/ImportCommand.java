package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.material.SourceFormat;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.transfer.CertificateImporter;
import dev.latchkey.model.transfer.ImportReport;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", description = {
    "Import the certificates, private keys and identities of a file: PEM, DER, PKCS#7, PKCS#8, PKCS#12, JKS or "
        + "JCEKS, told apart by content. All of the file or nothing is imported. Supports --json.",
    "A protected file's passphrase comes from --passphrase-file, or is asked for."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand LatchkeyCommand root;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--format", paramLabel = "pem|der|p7b|pk8|p12|jks|jceks",
            description = "Refuse the file unless it is in this format.")
    String format;
    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the file's passphrase from the first line of FILE.")
    Path passphraseFile;

    @Override
    public Integer call() throws LatchkeyException {
        Set<SourceFormat> expected = format == null ? null : expected(format);
        KeyMaterial material;
        try {
            material = read(CertificateFiles.read(file));
        } catch (LatchkeyException e) {
            throw e.status() == Status.PARAM || e.status() == Status.IO ? e
                    : new LatchkeyException(e.status(), file + ": " + e.getMessage(), e);
        }
        if (expected != null && !expected.contains(material.format())) {
            throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, file + " is " + material.format().displayName()
                    + ", not " + format);
        }
        ImportReport report;
        Keychain k = root.unlock(root.keychainRef(null));
        report = new CertificateImporter(k).importMaterial(material);
        if (root.json) {
            root.context.out().println(json(report).toPrettyString());
        } else {
            root.context.out().println(report.summary());
        }
        if (report.nothingNew() && !report.duplicates().isEmpty()) {
            throw new LatchkeyException(Status.DUPLICATE_ITEM, "everything in " + file + " is already in the keychain");
        }
        return ExitCodes.OK;
    }

    /** Reads the file, asking for its passphrase only when it turns out to need one. */
    private KeyMaterial read(byte[] data) throws LatchkeyException {
        char[] passphrase = passphraseFile == null ? null : SecretText.firstLine(passphraseFile);
        try {
            return CertificateImporter.read(data, passphrase);
        } catch (LatchkeyException e) {
            if (e.status() != Status.PASSPHRASE_REQUIRED || passphrase != null) {
                throw e;
            }
        } finally {
            Wipe.chars(passphrase);
        }
        char[] asked = FilePassphrase.existing(root, null, file.toString());
        try {
            return CertificateImporter.read(data, asked);
        } finally {
            Wipe.chars(asked);
        }
    }

    static Set<SourceFormat> expected(String name) throws LatchkeyException {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "pem" -> EnumSet.of(SourceFormat.PEM);
            case "der", "cer", "crt" -> EnumSet.of(SourceFormat.DER_CERTIFICATE, SourceFormat.DER_PRIVATE_KEY,
                    SourceFormat.DER_ENCRYPTED_PRIVATE_KEY, SourceFormat.DER_PUBLIC_KEY, SourceFormat.DER_CRL);
            case "p7b", "p7c", "pkcs7" -> EnumSet.of(SourceFormat.PKCS7);
            case "pk8", "p8", "pkcs8" -> EnumSet.of(SourceFormat.DER_PRIVATE_KEY, SourceFormat.DER_ENCRYPTED_PRIVATE_KEY,
                    SourceFormat.PEM);
            case "p12", "pfx", "pkcs12" -> EnumSet.of(SourceFormat.PKCS12);
            case "jks" -> EnumSet.of(SourceFormat.JKS);
            case "jceks" -> EnumSet.of(SourceFormat.JCEKS);
            default -> throw new LatchkeyException(Status.PARAM, "unknown format \"" + name
                    + "\"; use pem, der, p7b, pk8, p12, jks or jceks");
        };
    }

    private static ObjectNode json(ImportReport report) {
        ObjectNode out = CliContext.json().createObjectNode();
        out.put("format", report.format().name());
        entries(out.putArray("imported"), report.imported());
        entries(out.putArray("duplicates"), report.duplicates());
        ArrayNode skipped = out.putArray("skipped");
        report.skipped().forEach(skipped::add);
        out.put("summary", report.summary());
        return out;
    }

    private static void entries(ArrayNode array, List<ImportReport.Entry> entries) {
        for (ImportReport.Entry e : entries) {
            ObjectNode node = array.addObject();
            node.put("kind", e.kind().name());
            node.put("label", e.label());
            ArrayNode ids = node.putArray("ids");
            e.itemIds().stream().map(UUID::toString).forEach(ids::add);
        }
    }
}
