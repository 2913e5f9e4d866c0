package dev.latchkey.model.certificates;

import dev.latchkey.crypto.assistant.AssistantException;
import dev.latchkey.crypto.assistant.CertificateAssistant;
import dev.latchkey.crypto.assistant.CertificateSpec;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.material.Identity;
import java.time.Duration;
import java.time.Instant;

/**
 * A small EC P-256 PKI made once per JVM with our Certificate Assistant: root → intermediate →
 * leaf (a TLS server with an e-mail address too), valid from 2025 for years, so tests at the
 * fixture clock's time and at the real time agree.
 */
public final class TestPki {
    public static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    /** A moment every certificate here is valid at. */
    public static final Instant DURING = Instant.parse("2026-06-01T00:00:00Z");
    private static TestPki instance;

    public final Identity root;
    public final Identity intermediate;
    public final Identity leaf;

    private TestPki() throws AssistantException {
        root = CertificateAssistant.certificateAuthority(KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=Model Test Root, O=Latchkey").notBefore(START)
                        .validFor(Duration.ofDays(3650)).certificateAuthority(null).build());
        intermediate = CertificateAssistant.issueIdentity(root, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=Model Test Intermediate, O=Latchkey").notBefore(START)
                        .validFor(Duration.ofDays(3000)).certificateAuthority(0).build());
        leaf = CertificateAssistant.issueIdentity(intermediate, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=www.example.test").dns("www.example.test")
                        .email("admin@example.test").notBefore(START).validFor(Duration.ofDays(2000)).build());
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

    /** A fresh self-signed identity (not a CA). */
    public static Identity selfSigned(String commonName) {
        try {
            return CertificateAssistant.selfSignedIdentity(KeyAlgorithm.EC_P256,
                    CertificateSpec.builder("CN=" + commonName).notBefore(START).validFor(Duration.ofDays(3000)).build());
        } catch (AssistantException e) {
            throw new IllegalStateException(e);
        }
    }
}
