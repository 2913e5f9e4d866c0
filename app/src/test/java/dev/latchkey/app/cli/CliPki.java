package dev.latchkey.app.cli;

import dev.latchkey.crypto.assistant.AssistantException;
import dev.latchkey.crypto.assistant.CertificateAssistant;
import dev.latchkey.crypto.assistant.CertificateSpec;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.material.NamedCertificate;
import dev.latchkey.crypto.pkcs12.Pkcs12Protection;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A root → intermediate → leaf PKI (EC P-256) made once per JVM with our Certificate Assistant,
 * written to files as a user would have them. Valid from 2025 to 2030, so evaluations at
 * {@link #DURING} and now agree.
 */
final class CliPki {
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    static final String DURING = "2026-06-01T00:00:00Z";
    static final String FILE_PASSPHRASE = "file passphrase";
    private static CliPki instance;

    final Identity root;
    final Identity intermediate;
    final Identity leaf;

    private CliPki() throws AssistantException {
        root = CertificateAssistant.certificateAuthority(KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=CLI Test Root, O=Latchkey").notBefore(START)
                        .validFor(Duration.ofDays(3650)).certificateAuthority(null).build());
        intermediate = CertificateAssistant.issueIdentity(root, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=CLI Test Intermediate, O=Latchkey").notBefore(START)
                        .validFor(Duration.ofDays(3000)).certificateAuthority(0).build());
        leaf = CertificateAssistant.issueIdentity(intermediate, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=www.example.test").dns("www.example.test").email("admin@example.test")
                        .notBefore(START).validFor(Duration.ofDays(2000)).build());
    }

    static synchronized CliPki get() {
        if (instance == null) {
            try {
                instance = new CliPki();
            } catch (AssistantException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    static Path pem(Path dir, String name, Identity... identities) throws IOException {
        return Files.write(dir.resolve(name), MaterialWriter.certificates(ExportFormat.PEM, java.util.Arrays.stream(identities)
                .map(i -> NamedCertificate.unnamed(i.certificate())).toList(), null));
    }

    /** The leaf identity with its chain as PKCS#12 under {@link #FILE_PASSPHRASE}. */
    Path pkcs12(Path dir) throws IOException {
        return Files.write(dir.resolve("leaf.p12"), MaterialWriter.identities(ExportFormat.PKCS12, List.of(leaf),
                List.of(), FILE_PASSPHRASE.toCharArray(), Pkcs12Protection.AES_256_SHA256));
    }
}
