package dev.latchkey.crypto;

import dev.latchkey.crypto.assistant.AssistantException;
import dev.latchkey.crypto.assistant.CertificateAssistant;
import dev.latchkey.crypto.assistant.CertificateSpec;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.material.Identity;
import java.time.Duration;
import java.time.Instant;

/** A small EC P-256 PKI built once per JVM with our own Certificate Assistant: root → intermediate → leaf. */
public final class TestPki {
    public static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private static TestPki instance;

    public final Identity root;
    public final Identity intermediate;
    public final Identity leaf;

    private TestPki() throws AssistantException {
        root = CertificateAssistant.certificateAuthority(KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=Latchkey Test Root, O=Latchkey").notBefore(NOW.minus(Duration.ofDays(1)))
                        .validFor(Duration.ofDays(3650)).certificateAuthority(null).build());
        intermediate = CertificateAssistant.issueIdentity(root, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=Latchkey Test Intermediate, O=Latchkey")
                        .notBefore(NOW.minus(Duration.ofDays(1))).validFor(Duration.ofDays(1825))
                        .certificateAuthority(0).build());
        leaf = CertificateAssistant.issueIdentity(intermediate, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=www.example.test").dns("www.example.test", "example.test")
                        .notBefore(NOW.minus(Duration.ofDays(1))).validFor(Duration.ofDays(90)).build());
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
}
