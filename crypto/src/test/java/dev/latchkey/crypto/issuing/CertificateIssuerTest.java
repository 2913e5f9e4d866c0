package dev.latchkey.crypto.issuing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.trust.TrustEvaluator;
import dev.latchkey.crypto.trust.TrustPolicy;
import dev.latchkey.crypto.trust.TrustResultType;
import dev.latchkey.crypto.trust.TrustStore;
import dev.latchkey.crypto.x509.AltName;
import dev.latchkey.crypto.x509.KeyPurpose;
import dev.latchkey.crypto.x509.KeyUsageBit;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateIssuerTest {
    private final TestPki pki = TestPki.get();

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"RSA_2048", "EC_P256", "EC_P384", "EC_P521", "ED25519"})
    void selfSignedCertificateVerifiesWithItsOwnKey(KeyAlgorithm algorithm) throws Exception {
        KeyPair keys = algorithm.generate();
        X509Certificate cert = CertificateIssuer.selfSigned(keys, CertificateSpec.builder("CN=Self, O=Latchkey")
                .dns("self.example.test").build());

        cert.verify(keys.getPublic(), dev.latchkey.crypto.provider.BouncyCastle.provider());
        assertThat(cert.getSubjectX500Principal()).isEqualTo(cert.getIssuerX500Principal());
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(cert.getExtendedKeyUsage()).containsExactlyInAnyOrder(KeyPurpose.SERVER_AUTH.oid(),
                KeyPurpose.CLIENT_AUTH.oid());
        assertThat(cert.getSerialNumber().signum()).isPositive();
        assertThat(cert.getSigAlgName().toUpperCase()).contains(algorithm == KeyAlgorithm.ED25519 ? "ED25519"
                : algorithm.signatureAlgorithm().toUpperCase().substring(0, 6));
    }

    @Test
    void issuedChainIsTrustedForItsHostAndPurpose() {
        TrustEvaluator evaluator = new TrustEvaluator(TrustStore.builder().addAnchor(pki.root.certificate()).build());

        var result = evaluator.evaluate(pki.leaf.certificate(), List.of(pki.intermediate.certificate()),
                TrustPolicy.sslServer("www.example.test"), Instant.now());

        assertThat(result.result()).as(result.findings().toString()).isEqualTo(TrustResultType.UNSPECIFIED);
        assertThat(result.chain()).containsExactlyElementsOf(pki.leaf.chain());
    }

    @Test
    void caCertificateCarriesConstraintsAndUsages() {
        X509Certificate root = pki.root.certificate();
        X509Certificate intermediate = pki.intermediate.certificate();

        assertThat(root.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        assertThat(intermediate.getBasicConstraints()).isZero();
        assertThat(intermediate.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(intermediate.getCriticalExtensionOIDs()).contains("2.5.29.19", "2.5.29.15");
        assertThat(intermediate.getExtensionValue("2.5.29.35")).as("authority key identifier").isNotNull();
    }

    @Test
    void issueHonoursExplicitUsagesNamesAndValidity() throws Exception {
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        CertificateSpec spec = CertificateSpec.builder("CN=Alice, O=Latchkey").email("alice@example.test")
                .altName(AltName.ip("192.0.2.7")).altName(AltName.uri("https://example.test/alice"))
                .keyUsage(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.NON_REPUDIATION)
                .purposes(KeyPurpose.EMAIL_PROTECTION, KeyPurpose.CODE_SIGNING)
                .notBefore(start).validFor(Duration.ofDays(30)).build();

        X509Certificate cert = CertificateIssuer.issue(pki.intermediate, KeyAlgorithm.EC_P256.generate().getPublic(), spec);

        assertThat(cert.getNotBefore().toInstant()).isEqualTo(start);
        assertThat(cert.getNotAfter().toInstant()).isEqualTo(start.plus(Duration.ofDays(30)));
        assertThat(cert.getKeyUsage()[0]).isTrue();
        assertThat(cert.getKeyUsage()[1]).isTrue();
        assertThat(cert.getKeyUsage()[2]).isFalse();
        assertThat(cert.getExtendedKeyUsage()).containsExactlyInAnyOrder(KeyPurpose.EMAIL_PROTECTION.oid(),
                KeyPurpose.CODE_SIGNING.oid());
        assertThat(cert.getSubjectAlternativeNames()).extracting(l -> l.get(1).toString())
                .containsExactlyInAnyOrder("alice@example.test", "192.0.2.7", "https://example.test/alice");
        cert.verify(pki.intermediate.certificate().getPublicKey(), dev.latchkey.crypto.provider.BouncyCastle.provider());
    }

    @Test
    void requestRoundTripAndSigningKeepsRequestedNames() throws Exception {
        KeyPair keys = KeyAlgorithm.EC_P384.generate();
        CertificationRequest request = CertificationRequest.create(keys, new X500Principal("CN=api.example.test, O=Latchkey"),
                List.of(AltName.dns("api.example.test"), AltName.ip("2001:db8::1")));

        CertificationRequest parsed = CertificationRequest.read(request.pem().getBytes(StandardCharsets.US_ASCII));
        X509Certificate cert = parsed.sign(pki.intermediate, CertificateSpec.builder((X500Principal) null).build());

        assertThat(parsed.signatureValid()).isTrue();
        assertThat(parsed.subject()).isEqualTo(new X500Principal("CN=api.example.test, O=Latchkey"));
        assertThat(parsed.altNames()).containsExactly(AltName.dns("api.example.test"), AltName.ip("2001:db8:0:0:0:0:0:1"));
        assertThat(cert.getSubjectX500Principal()).isEqualTo(parsed.subject());
        assertThat(cert.getPublicKey().getEncoded()).isEqualTo(keys.getPublic().getEncoded());
        var result = new TrustEvaluator(TrustStore.builder().addAnchor(pki.root.certificate()).build())
                .evaluate(cert, List.of(pki.intermediate.certificate()), TrustPolicy.sslServer("2001:db8::1"), Instant.now());
        assertThat(result.trusted()).as(result.findings().toString()).isTrue();
    }

    @Test
    void refusesToIssueFromALeafOrBelowAPathLengthOfZero() {
        assertThatThrownBy(() -> CertificateIssuer.issue(pki.leaf, KeyAlgorithm.EC_P256.generate().getPublic(),
                CertificateSpec.builder("CN=x").build())).isInstanceOf(IssuingException.class)
                .hasMessageContaining("not a certificate authority");
        assertThatThrownBy(() -> CertificateIssuer.issue(pki.intermediate, KeyAlgorithm.EC_P256.generate().getPublic(),
                CertificateSpec.builder("CN=sub CA").certificateAuthority(null).build()))
                .isInstanceOf(IssuingException.class).hasMessageContaining("path length");
    }

    @Test
    void refusesATamperedRequestAndAMismatchedCaKey() throws Exception {
        CertificationRequest request = CertificationRequest.create(KeyAlgorithm.EC_P256.generate(),
                new X500Principal("CN=victim"), List.of());
        byte[] der = request.encoded();
        der[der.length - 5] ^= 0x01;
        CertificationRequest tampered = CertificationRequest.read(der);
        Identity wrongKey = new Identity(KeyAlgorithm.EC_P256.generate().getPrivate(), pki.intermediate.certificate());

        assertThat(tampered.signatureValid()).isFalse();
        assertThatThrownBy(() -> tampered.sign(pki.intermediate, CertificateSpec.builder((X500Principal) null).build()))
                .isInstanceOf(IssuingException.class).hasMessageContaining("signature");
        assertThatThrownBy(() -> CertificateIssuer.issue(wrongKey, KeyAlgorithm.EC_P256.generate().getPublic(),
                CertificateSpec.builder("CN=x").build())).isInstanceOf(IssuingException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void specRejectsInvertedValidityAndStrayPathLength() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> CertificateSpec.builder("CN=x").notBefore(now).notAfter(now.minusSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertificateSpec(new X500Principal("CN=x"), List.of(), java.util.Set.of(),
                java.util.Set.of(), now, now.plusSeconds(60), false, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
