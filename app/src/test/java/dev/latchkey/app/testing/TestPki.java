package dev.latchkey.app.testing;

import dev.latchkey.crypto.assistant.AssistantException;
import dev.latchkey.crypto.assistant.CertificateAssistant;
import dev.latchkey.crypto.assistant.CertificateSpec;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.pkcs12.Pkcs12Protection;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.transfer.CertificateImporter;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A root → intermediate → leaf PKI (EC P-256) made once per JVM with our Certificate Assistant,
 * valid from 2025 to 2030 (the hand-moved clock of the GUI tests says 2026), and the leaf as
 * the PKCS#12 file a user would import.
 */
public final class TestPki {
    public static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    public static final String FILE_PASSPHRASE = "file passphrase";
    public static final String LEAF = "www.example.test";
    private static TestPki instance;

    public final Identity root;
    public final Identity intermediate;
    public final Identity leaf;

    private TestPki() throws AssistantException {
        root = CertificateAssistant.certificateAuthority(KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=Example Test Root, O=Latchkey").notBefore(START)
                        .validFor(Duration.ofDays(3650)).certificateAuthority(null).build());
        intermediate = CertificateAssistant.issueIdentity(root, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=Example Test Intermediate, O=Latchkey").notBefore(START)
                        .validFor(Duration.ofDays(3000)).certificateAuthority(0).build());
        Identity issued = CertificateAssistant.issueIdentity(intermediate, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=" + LEAF + ", O=Example").dns(LEAF).notBefore(START)
                        .validFor(Duration.ofDays(2000)).build());
        leaf = new Identity(LEAF, issued.privateKey(), issued.chain());
    }

    public static synchronized TestPki get() {
        if (instance == null) {
            try {
                instance = new TestPki();
            } catch (AssistantException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** The leaf identity with its chain as PKCS#12 under {@link #FILE_PASSPHRASE}. */
    public byte[] pkcs12() {
        return MaterialWriter.identities(ExportFormat.PKCS12, List.of(leaf), List.of(),
                FILE_PASSPHRASE.toCharArray(), Pkcs12Protection.AES_256_SHA256);
    }

    /** {@link #pkcs12()} as the file {@code leaf.p12} in {@code dir}. */
    public Path pkcs12(Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.write(dir.resolve("leaf.p12"), pkcs12());
    }

    /** Imports the leaf identity (and its chain) into {@code keychain}, as File &gt; Import does. */
    public void importInto(Keychain keychain) throws LatchkeyException {
        new CertificateImporter(keychain).importFile(pkcs12(), FILE_PASSPHRASE.toCharArray());
    }

    /** The stored item of a certificate of this PKI in {@code keychain}. */
    public static Item certificateItem(Keychain keychain, X509Certificate certificate) throws LatchkeyException {
        for (Item item : keychain.items()) {
            if (item.itemClass() == ItemClass.CERTIFICATE
                    && CertificateAttributes.certificate(item).equals(certificate)) {
                return item;
            }
        }
        throw new IllegalStateException("not in the keychain: " + certificate.getSubjectX500Principal());
    }
}
