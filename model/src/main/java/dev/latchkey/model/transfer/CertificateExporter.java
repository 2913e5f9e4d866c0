package dev.latchkey.model.transfer;

import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.material.NamedCertificate;
import dev.latchkey.crypto.pkcs12.Pkcs12Protection;
import dev.latchkey.crypto.secret.SecretBuffer;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredCertificate;
import dev.latchkey.model.certificates.StoredIdentity;
import dev.latchkey.model.item.Item;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Exports certificates, identities and private keys (File &gt; Export, {@code latchkey export}).
 * A private key leaves the keychain only encrypted with a passphrase, and only right after the
 * keychain password was entered ({@code INTERACTION_REQUIRED} otherwise). Output holding a key
 * is secret: write it with {@link ExportFile} and let that wipe it.
 */
public final class CertificateExporter {
    public static final Set<ExportFormat> CERTIFICATE_FORMATS =
            EnumSet.of(ExportFormat.PEM, ExportFormat.DER, ExportFormat.PKCS7);
    public static final Set<ExportFormat> IDENTITY_FORMATS = EnumSet.of(ExportFormat.PKCS12, ExportFormat.PEM);
    public static final Set<ExportFormat> KEY_FORMATS = EnumSet.of(ExportFormat.PKCS8, ExportFormat.PEM);

    private final KeychainCertificates source;

    public CertificateExporter(KeychainCertificates source) {
        this.source = source;
    }

    /** Certificates as a PEM bundle, one DER certificate, or a PKCS#7 bundle. */
    public static byte[] certificates(List<StoredCertificate> certificates, ExportFormat format)
            throws LatchkeyException {
        requireFormat(CERTIFICATE_FORMATS, format, "certificates");
        requireSome(certificates, "certificates");
        if (!format.holdsSeveral() && certificates.size() > 1) {
            throw new LatchkeyException(Status.PARAM, format.displayName() + " holds one certificate, not "
                    + certificates.size() + "; pick one, or export PEM or PKCS#7");
        }
        return MaterialWriter.certificates(format, certificates.stream()
                .map(c -> new NamedCertificate(c.label(), c.certificate())).toList(), null);
    }

    /**
     * Identities with their private keys and the issuers the keychain holds: PKCS#12 (AES-256
     * by default, 3DES for old importers) or PEM with each key as encrypted PKCS#8.
     */
    public byte[] identities(List<StoredIdentity> identities, ExportFormat format, char[] passphrase,
            Pkcs12Protection protection) throws LatchkeyException {
        requireFormat(IDENTITY_FORMATS, format, "identities");
        requireSome(identities, "identities");
        requireExportable(passphrase);
        List<Identity> opened = new ArrayList<>(identities.size());
        for (StoredIdentity identity : identities) {
            opened.add(source.open(identity));
        }
        return MaterialWriter.identities(format, opened, List.of(), passphrase, protection);
    }

    /** Private keys as encrypted PKCS#8: one in DER, or any number in PEM. */
    public byte[] privateKeys(List<Item> keys, ExportFormat format, char[] passphrase) throws LatchkeyException {
        requireFormat(KEY_FORMATS, format, "private keys");
        requireSome(keys, "private keys");
        if (format == ExportFormat.PKCS8 && keys.size() > 1) {
            throw new LatchkeyException(Status.PARAM, "a PKCS#8 file holds one key, not " + keys.size()
                    + "; pick one, or export PEM");
        }
        requireExportable(passphrase);
        SecretBuffer out = new SecretBuffer();
        for (Item key : keys) {
            PrivateKey privateKey = source.privateKey(key);
            byte[] one = MaterialWriter.privateKey(format, privateKey, passphrase);
            out.writeBytes(one);
            Wipe.bytes(one);
        }
        return out.takeAndWipe();
    }

    private void requireExportable(char[] passphrase) throws LatchkeyException {
        if (!source.keychain().recentlyAuthenticated()) {
            throw new LatchkeyException(Status.INTERACTION_REQUIRED,
                    "enter the password of \"" + source.name() + "\" again to export private keys");
        }
        if (passphrase == null || passphrase.length == 0) {
            throw new LatchkeyException(Status.PARAM, "private keys are exported only with a passphrase to protect them");
        }
    }

    private static void requireFormat(Set<ExportFormat> allowed, ExportFormat format, String what)
            throws LatchkeyException {
        if (!allowed.contains(format)) {
            throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, format.displayName() + " cannot hold " + what);
        }
    }

    private static void requireSome(List<?> things, String what) throws LatchkeyException {
        if (things.isEmpty()) {
            throw new LatchkeyException(Status.ITEM_NOT_FOUND, "there are no " + what + " to export");
        }
    }
}
