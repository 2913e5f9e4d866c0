package dev.latchkey.model.issuing;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.crypto.issuing.CertificateSpec;
import dev.latchkey.crypto.issuing.CertificationRequest;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.trust.TrustPolicy;
import dev.latchkey.crypto.trust.TrustResultType;
import dev.latchkey.crypto.x509.AltName;
import dev.latchkey.crypto.x509.KeyIdentifiers;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredCertificate;
import dev.latchkey.model.certificates.StoredIdentity;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Fixtures;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.trust.TrustService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeychainIssuerTest {
    @TempDir
    Path home;
    KeychainService service;
    Keychain keychain;
    KeychainCertificates certificates;
    KeychainIssuer issuer;

    @BeforeEach
    void setUp() throws Exception {
        service = Fixtures.service(home, Fixtures.clock());
        keychain = service.unlock(service.create("login", PASSWORD), PASSWORD);
        certificates = new KeychainCertificates(keychain);
        issuer = new KeychainIssuer(certificates);
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    private static CertificateSpec.Builder spec(String subject) {
        return CertificateSpec.builder(subject).notBefore(TestPki.START).validFor(Duration.ofDays(1000));
    }

    @Test
    void aStoredCertificateAuthorityIssuesIdentitiesThatChainToIt() throws Exception {
        StoredIdentity ca = issuer.createCertificateAuthority(KeyAlgorithm.EC_P384,
                spec("CN=Home CA, O=Home").certificateAuthority(0).build(), null);
        StoredIdentity server = issuer.issue(ca, KeyAlgorithm.RSA_2048,
                spec("CN=nas.home.test").dns("nas.home.test").build(), "NAS");

        assertThat(certificates.identities()).extracting(StoredIdentity::label).containsExactly("Home CA", "NAS");
        assertThat(server.key().attributes().text(Attribute.KEY_TYPE)).isEqualTo("RSA");
        assertThat(server.key().attributes().integer(Attribute.KEY_SIZE)).contains(2048L);
        TrustService trust = TrustService.builder().anchors(List.of(ca.certificate().certificate())).build();
        assertThat(trust.evaluate(server.certificate().certificate(), List.of(), TrustPolicy.sslServer("nas.home.test"),
                TestPki.DURING).result()).isEqualTo(TrustResultType.UNSPECIFIED);

        StoredIdentity selfSigned = issuer.createSelfSigned(KeyAlgorithm.ED25519, spec("CN=me").build(), null);
        assertThat(catchThrowableOfType(LatchkeyException.class, () -> issuer.issue(selfSigned, KeyAlgorithm.EC_P256,
                spec("CN=x").build(), null)).status()).as("not a CA").isEqualTo(Status.PARAM);
        assertThat(catchThrowableOfType(LatchkeyException.class, () -> issuer.createCertificateAuthority(
                KeyAlgorithm.EC_P256, spec("CN=not a ca").build(), null)).status()).isEqualTo(Status.PARAM);
    }

    @Test
    void aRequestKeepsItsKeyAndBecomesAnIdentityOnceSigned() throws Exception {
        StoredIdentity ca = issuer.createCertificateAuthority(KeyAlgorithm.EC_P256,
                spec("CN=Signing CA").certificateAuthority(null).build(), null);
        KeychainIssuer.Request request = issuer.createRequest(KeyAlgorithm.EC_P256,
                new X500Principal("CN=mail.home.test"), List.of(AltName.dns("mail.home.test")), null);

        assertThat(request.key().displayName()).isEqualTo("mail.home.test");
        assertThat(KeyIdentifiers.publicKeyHash(request.request().publicKey()))
                .isEqualTo(request.key().attributes().bytes(Attribute.APPLICATION_LABEL).orElseThrow());
        CertificationRequest received = CertificationRequest.read(request.request().pem().getBytes(
                java.nio.charset.StandardCharsets.US_ASCII));
        StoredCertificate signed = issuer.signRequest(ca, received, CertificateSpec.builder((String) null)
                .notBefore(TestPki.START).validFor(Duration.ofDays(90)).build());

        assertThat(signed.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=mail.home.test");
        assertThat(signed.certificate().getSubjectAlternativeNames()).hasSize(1);
        assertThat(certificates.identities()).extracting(StoredIdentity::label)
                .containsExactly("mail.home.test", "Signing CA");

        Item renewedKey = request.key();
        CertificationRequest renewal = issuer.createRequest(renewedKey, new X500Principal("CN=mail.home.test"),
                List.of());
        assertThat(renewal.signatureValid()).isTrue();
        assertThat(KeyIdentifiers.publicKeyHash(renewal.publicKey()))
                .isEqualTo(renewedKey.attributes().bytes(Attribute.APPLICATION_LABEL).orElseThrow());
    }

    @Test
    void aLoneKeyPairIsStoredAsAPrivateKey() throws Exception {
        Item key = issuer.createKeyPair(KeyAlgorithm.ED25519, "signing key");

        assertThat(key.displayName()).isEqualTo("signing key");
        assertThat(key.attributes().text(Attribute.KEY_TYPE)).isEqualTo("Ed25519");
        assertThat(certificates.keys()).containsExactly(key);
        assertThat(certificates.privateKey(key).getAlgorithm()).isIn("Ed25519", "EdDSA");
        assertThat(certificates.identities()).isEmpty();
    }
}
