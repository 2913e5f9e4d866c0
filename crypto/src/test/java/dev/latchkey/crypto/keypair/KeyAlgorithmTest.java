package dev.latchkey.crypto.keypair;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyAlgorithmTest {
    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void generatesAKeyThatSignsAndIsRecognised(KeyAlgorithm algorithm) throws Exception {
        KeyPair keys = algorithm.generate();

        assertThat(keys.getPublic().getAlgorithm()).isIn(algorithm.jcaName(), "ECDSA", "EdDSA");
        assertThat(KeyAlgorithm.of(keys.getPublic())).contains(algorithm);
        assertThat(KeyDescription.describe(keys.getPublic())).isEqualTo(algorithm.displayName());
        assertThat(KeyMatch.matches(keys.getPrivate(), keys.getPublic())).isTrue();
        assertThat(KeyMatch.samePublicKey(KeyMatch.publicKeyOf(keys.getPrivate()), keys.getPublic())).isTrue();

        Signature signer = Signature.getInstance(algorithm.signatureAlgorithm(),
                dev.latchkey.crypto.provider.BouncyCastle.provider());
        signer.initSign(keys.getPrivate());
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        signer.initVerify(keys.getPublic());
        signer.update(new byte[] {1, 2, 3});
        assertThat(signer.verify(signature)).isTrue();
    }

    @Test
    void aDifferentKeyDoesNotMatch() {
        KeyPair a = KeyAlgorithm.EC_P256.generate();
        KeyPair b = KeyAlgorithm.EC_P256.generate();
        KeyPair c = KeyAlgorithm.ED25519.generate();

        assertThat(KeyMatch.matches(a.getPrivate(), b.getPublic())).isFalse();
        assertThat(KeyMatch.matches(a.getPrivate(), c.getPublic())).isFalse();
        assertThat(KeyMatch.matches(c.getPrivate(), a.getPublic())).isFalse();
    }

    @Test
    void curvesAndSizesAreKnown() {
        assertThat(KeyAlgorithm.EC_P384.curve()).contains("P-384");
        assertThat(KeyAlgorithm.RSA_3072.curve()).isEmpty();
        assertThat(KeyAlgorithm.RSA_3072.bits()).isEqualTo(3072);
        assertThat(KeyAlgorithm.EC_P521.signatureAlgorithm()).isEqualTo("SHA512withECDSA");
    }
}
