package dev.latchkey.crypto.x509;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.Corpus;
import dev.latchkey.crypto.pem.PemReader;
import dev.latchkey.crypto.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CertificateDescriberTest {
    @Test
    void describesOurLeaf() throws Exception {
        X509Certificate leaf = TestPki.get().leaf.certificate();

        CertificateDescription d = CertificateDescriber.describe(leaf);

        assertThat(d.subject()).isEqualTo("CN=www.example.test");
        assertThat(d.commonName()).isEqualTo("www.example.test");
        assertThat(d.issuer()).isEqualTo("CN=Latchkey Test Intermediate, O=Latchkey");
        assertThat(d.issuerFields()).extracting(CertificateDescription.NameField::label)
                .containsExactly("Organization", "Common Name");
        assertThat(d.version()).isEqualTo(3);
        assertThat(d.publicKey()).isEqualTo("ECC P-256");
        assertThat(d.signatureAlgorithm()).isEqualTo("SHA256 with ECDSA");
        assertThat(d.sha256Fingerprint()).isEqualTo(colonHex(MessageDigest.getInstance("SHA-256").digest(leaf.getEncoded())));
        assertThat(d.sha1Fingerprint()).hasSize(59);
        assertThat(d.notAfter()).isEqualTo(leaf.getNotAfter().toInstant());
        assertThat(PemReader.readAll(d.pem()).get(0).der()).isEqualTo(leaf.getEncoded());
        assertThat(d.extensions()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Subject Alternative Name");
            assertThat(e.lines()).containsExactly("DNS Name: www.example.test", "DNS Name: example.test",
                    "E-mail Address: admin@example.test");
        });
        assertThat(d.extensions()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Key Usage");
            assertThat(e.critical()).isTrue();
            assertThat(e.lines()).containsExactly("Digital Signature");
        });
        assertThat(d.extensions()).anySatisfy(e -> assertThat(e.lines())
                .contains("TLS Web Server Authentication", "TLS Web Client Authentication"));
    }

    @Test
    void decodesEveryExtensionOfRealWorldCertificates() throws Exception {
        Path dir = Corpus.require("pyca-x509/x509");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".pem")).sorted().toList()) {
                X509Certificate cert;
                try {
                    cert = CertificateDecoder.certificate(PemReader.readAll(Files.readAllBytes(file)).get(0).der());
                } catch (dev.latchkey.crypto.DecodeException e) {
                    continue;
                }
                CertificateDescription d = CertificateDescriber.describe(cert);
                assertThat(d.subject()).as(file.toString()).isNotNull();
                for (CertificateDescription.ExtensionDescription e : d.extensions()) {
                    assertThat(e.lines()).as(file + " " + e.name()).isNotEmpty();
                }
            }
        }
        X509Certificate real = CertificateDecoder.certificate(PemReader.readAll(
                Files.readAllBytes(dir.resolve("cryptography.io.pem"))).get(0).der());
        CertificateDescription d = CertificateDescriber.describe(real);
        assertThat(d.extensions()).extracting(CertificateDescription.ExtensionDescription::name)
                .contains("Authority Information Access", "CRL Distribution Points", "Certificate Policies");
        assertThat(d.extensions()).flatExtracting(CertificateDescription.ExtensionDescription::lines)
                .anyMatch(l -> l.startsWith("OCSP: URI: http"))
                .noneMatch(l -> l.startsWith("(cannot be decoded)"));
    }

    private static String colonHex(byte[] bytes) {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes);
    }
}
