package dev.latchkey.crypto.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.kdf.Hkdf;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.interfaces.DHPublicKey;
import javax.crypto.spec.DHParameterSpec;
import javax.crypto.spec.DHPublicKeySpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The Secret Service transport against a client written from the specification with plain
 * JCA: both ends derive the same key, secrets go both ways, and bad public values and
 * ciphertexts are refused. (The real clients, libsecret and Python secretstorage, are in the
 * app's Secret Service tests.)
 */
class DhAesTransportTest {
    /** A client as the specification describes it. */
    private static final class Client {
        final KeyPair pair;
        byte[] key;

        Client() throws Exception {
            KeyPairGenerator g = KeyPairGenerator.getInstance("DH");
            g.initialize(new DHParameterSpec(DhAesTransport.PRIME, DhAesTransport.GENERATOR));
            pair = g.generateKeyPair();
        }

        byte[] publicValue() {
            return DhAesTransport.toGroupSize(((DHPublicKey) pair.getPublic()).getY().toByteArray());
        }

        void agree(byte[] serverPublic) throws Exception {
            KeyAgreement a = KeyAgreement.getInstance("DH");
            a.init(pair.getPrivate());
            a.doPhase(KeyFactory.getInstance("DH").generatePublic(new DHPublicKeySpec(new BigInteger(1, serverPublic),
                    DhAesTransport.PRIME, DhAesTransport.GENERATOR)), true);
            key = Hkdf.derive(a.generateSecret(), null, new byte[0], 16);
        }

        byte[] crypt(int mode, byte[] iv, byte[] data) throws Exception {
            Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
            c.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return c.doFinal(data);
        }
    }

    @Test
    void bothEndsShareAKeyAndSecretsTravelBothWays() throws Exception {
        Client client = new Client();
        try (DhAesTransport server = DhAesTransport.answer(client.publicValue())) {
            assertThat(server.publicKey()).hasSize(128);
            client.agree(server.publicKey());

            DhAesTransport.Sealed sealed = server.seal("s3cret ünïcode".getBytes(StandardCharsets.UTF_8));
            assertThat(sealed.iv()).hasSize(16);
            assertThat(new String(client.crypt(Cipher.DECRYPT_MODE, sealed.iv(), sealed.ciphertext()),
                    StandardCharsets.UTF_8)).isEqualTo("s3cret ünïcode");
            assertThat(server.seal(new byte[] {1}).iv()).as("a fresh IV each time").isNotEqualTo(sealed.iv());

            byte[] iv = new byte[16];
            iv[3] = 7;
            byte[] fromClient = client.crypt(Cipher.ENCRYPT_MODE, iv, "from the client".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(server.open(iv, fromClient), StandardCharsets.UTF_8)).isEqualTo("from the client");
            assertThat(server.open(iv, client.crypt(Cipher.ENCRYPT_MODE, iv, new byte[0]))).isEmpty();
        }
    }

    @Test
    void publicValuesOutsideTheGroupAreRefused() {
        BigInteger p = DhAesTransport.PRIME;
        for (byte[] bad : new byte[][] {new byte[0], {0}, {1}, p.subtract(BigInteger.ONE).toByteArray(),
            p.toByteArray(), p.add(BigInteger.TEN).toByteArray(), new byte[300]}) {
            assertThatThrownBy(() -> DhAesTransport.answer(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aSecretSealedUnderAnotherKeyOrMangledIsRefused() throws Exception {
        Client client = new Client();
        try (DhAesTransport server = DhAesTransport.answer(client.publicValue());
             DhAesTransport other = DhAesTransport.answer(new Client().publicValue())) {
            byte[] plain = "for someone else, padded".getBytes(StandardCharsets.UTF_8);
            DhAesTransport.Sealed sealed = other.seal(plain);
            // The wrong key almost always breaks the padding (refused); it never gives the secret.
            try {
                assertThat(server.open(sealed.iv(), sealed.ciphertext())).isNotEqualTo(plain);
            } catch (IllegalArgumentException e) {
                assertThat(e).hasMessage("the secret does not decrypt with this session's key");
            }
            assertThatThrownBy(() -> server.open(new byte[8], new byte[16])).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> server.open(new byte[16], new byte[15])).isInstanceOf(IllegalArgumentException.class);
            server.close();
            assertThatThrownBy(() -> server.seal(new byte[1])).isInstanceOf(IllegalStateException.class);
        }
    }
}
