package dev.latchkey.crypto.x509;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.issuing.CertificateIssuer;
import dev.latchkey.crypto.issuing.CertificateSpec;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.keypair.KeyMatch;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.testing.TestPki;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyIdentifiersTest {
    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"RSA_2048", "EC_P256", "ED25519"})
    void thePublicKeyHashIsTheMethodOneKeyIdAndTheSameFromThePrivateKey(KeyAlgorithm algorithm) throws Exception {
        Identity identity = algorithm == KeyAlgorithm.EC_P256 ? TestPki.get().leaf
                : CertificateIssuer.selfSignedIdentity(algorithm, CertificateSpec.builder("CN=k").build());

        byte[] fromCertificate = KeyIdentifiers.publicKeyHash(identity.certificate().getPublicKey());

        assertThat(fromCertificate).hasSize(20);
        assertThat(KeyIdentifiers.subjectKeyId(identity.certificate())).hasValue(fromCertificate);
        assertThat(KeyIdentifiers.publicKeyHash(KeyMatch.publicKeyOf(identity.privateKey()))).isEqualTo(fromCertificate);
    }
}
