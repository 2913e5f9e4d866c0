package dev.latchkey.crypto.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.interop.OpenSsl;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.testing.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The transforms against openssl: digests ({@code openssl dgst}), Base64 and hex, signatures
 * both ways for RSA-PSS, ECDSA and Ed25519 ({@code openssl dgst|pkeyutl}), RSA-OAEP both ways
 * ({@code openssl pkeyutl}), and ECIES both ways with openssl doing the ECDH
 * ({@code pkeyutl -derive}) and the X9.63 KDF ({@code openssl kdf X963KDF}).
 */
class TransformOpensslInteropTest {
    private static final byte[] MESSAGE = "The quick brown fox jumps over the lazy dog.\n".getBytes(StandardCharsets.UTF_8);
    private static final TestPki.Signers PKI = TestPki.signers();

    @TempDir
    Path dir;

    @BeforeAll
    static void openssl() {
        OpenSsl.require();
    }

    @BeforeEach
    void message() throws Exception {
        Files.write(dir.resolve("message"), MESSAGE);
    }

    @ParameterizedTest(name = "{0}: latchkey digest = openssl dgst")
    @EnumSource(DigestAlgorithm.class)
    void digestsMatchOpenssl(DigestAlgorithm algorithm) {
        String openssl = OpenSsl.ok(dir, "dgst", "-" + algorithm.jcaName().replace("SHA-", "sha").toLowerCase(),
                "-r", "message");
        assertThat(openssl.split(" ")[0]).isEqualTo(HexFormat.of().formatHex(algorithm.digest(MESSAGE)));
    }

    @Test
    void base64AndHexMatchOpenssl() throws Exception {
        byte[] data = new byte[300];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        Files.write(dir.resolve("data"), data);
        String base64 = OpenSsl.ok(dir, "base64", "-in", "data");
        assertThat(new String(Encoding.BASE64.encode(data, null), StandardCharsets.US_ASCII)).isEqualTo(base64);
        assertThat(Encoding.BASE64.decode(base64.getBytes(StandardCharsets.US_ASCII))).isEqualTo(data);
        String hex = OpenSsl.ok(dir, "dgst", "-sha256", "-hex", "-r", "data").split(" ")[0];
        assertThat(Encoding.HEX.decode(hex.getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(DigestAlgorithm.SHA256.digest(data));
        assertThatThrownBy(() -> Encoding.HEX.decode("abc".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(DecodeException.class);
        assertThatThrownBy(() -> Encoding.BASE64.decode("**".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(DecodeException.class);
        byte[] pem = Encoding.PEM.encode(data, "data");
        assertThat(new String(pem, StandardCharsets.US_ASCII)).startsWith("-----BEGIN DATA-----\n");
        assertThat(Encoding.PEM.decode(pem)).isEqualTo(data);
    }

    private static Identity identity(String key) {
        return switch (key) {
            case "RSA" -> PKI.rsa;
            case "EC" -> PKI.ec;
            default -> PKI.ed25519;
        };
    }

    /** openssl's command to sign or verify the message with each scheme. */
    private static List<String> opensslSignature(String key, String mode, String keyFile) {
        return switch (key) {
            case "RSA" -> List.of("dgst", "-sha256", "-sigopt", "rsa_padding_mode:pss", "-sigopt",
                    "rsa_pss_saltlen:32", "-sigopt", "rsa_mgf1_md:sha256", mode, keyFile);
            case "EC" -> List.of("dgst", "-sha256", mode, keyFile);
            default -> List.of("pkeyutl", "-rawin", mode.equals("-sign") ? "-sign" : "-verify",
                    mode.equals("-sign") ? "-inkey" : "-pubin", mode.equals("-sign") ? keyFile : "-inkey",
                    mode.equals("-sign") ? "-in" : keyFile);
        };
    }

    @ParameterizedTest(name = "{0}: latchkey signs, openssl verifies")
    @ValueSource(strings = {"RSA", "EC", "Ed25519"})
    void latchkeySignsOpensslVerifies(String key) throws Exception {
        Identity signer = identity(key);
        SignatureScheme scheme = SignatureScheme.forKey(signer.privateKey());
        Files.write(dir.resolve("sig"), scheme.sign(signer.privateKey(), MESSAGE));
        Files.writeString(dir.resolve("pub.pem"), PemWriter.encode(PemWriter.PUBLIC_KEY,
                signer.certificate().getPublicKey().getEncoded()));
        List<String> args = new java.util.ArrayList<>(opensslSignature(key, "-verify", "pub.pem"));
        if (key.equals("Ed25519")) {
            args.addAll(List.of("-in", "message", "-sigfile", "sig"));
        } else {
            args.addAll(List.of("-signature", "sig", "message"));
        }
        assertThat(OpenSsl.ok(dir, args.toArray(String[]::new)))
                .containsAnyOf("Verified OK", "Signature Verified Successfully");
    }

    @ParameterizedTest(name = "{0}: openssl signs, latchkey verifies")
    @ValueSource(strings = {"RSA", "EC", "Ed25519"})
    void opensslSignsLatchkeyVerifies(String key) throws Exception {
        Identity signer = identity(key);
        Path[] files = TestPki.files(dir, "signer", signer);
        List<String> args = new java.util.ArrayList<>(opensslSignature(key, "-sign", files[1].toString()));
        if (key.equals("Ed25519")) {
            args.addAll(List.of("message", "-out", "sig"));
        } else {
            args.addAll(List.of("-out", "sig", "message"));
        }
        OpenSsl.ok(dir, args.toArray(String[]::new));
        byte[] signature = Files.readAllBytes(dir.resolve("sig"));
        SignatureScheme scheme = SignatureScheme.forKey(signer.certificate().getPublicKey());
        assertThat(scheme.verify(signer.certificate().getPublicKey(), MESSAGE, signature)).isTrue();
        byte[] other = "Another message".getBytes(StandardCharsets.UTF_8);
        assertThat(scheme.verify(signer.certificate().getPublicKey(), other, signature)).isFalse();
        assertThat(scheme.verify(signer.certificate().getPublicKey(), MESSAGE, new byte[] {1, 2, 3})).isFalse();
    }

    @Test
    void rsaOaepBothWays() throws Exception {
        Path[] files = TestPki.files(dir, "rsa", PKI.rsa);
        Files.write(dir.resolve("ours"), AsymmetricCipher.RSA_OAEP.encrypt(PKI.rsa.certificate().getPublicKey(), MESSAGE));
        List<String> oaep = List.of("-pkeyopt", "rsa_padding_mode:oaep", "-pkeyopt", "rsa_oaep_md:sha256",
                "-pkeyopt", "rsa_mgf1_md:sha256");
        List<String> decrypt = new java.util.ArrayList<>(List.of("pkeyutl", "-decrypt", "-inkey", files[1].toString(),
                "-in", "ours", "-out", "plain"));
        decrypt.addAll(oaep);
        OpenSsl.ok(dir, decrypt.toArray(String[]::new));
        assertThat(Files.readAllBytes(dir.resolve("plain"))).isEqualTo(MESSAGE);
        List<String> encrypt = new java.util.ArrayList<>(List.of("pkeyutl", "-encrypt", "-certin", "-inkey",
                files[0].toString(), "-in", "message", "-out", "theirs"));
        encrypt.addAll(oaep);
        OpenSsl.ok(dir, encrypt.toArray(String[]::new));
        assertThat(AsymmetricCipher.RSA_OAEP.decrypt(PKI.rsa.privateKey(), Files.readAllBytes(dir.resolve("theirs"))))
                .isEqualTo(MESSAGE);
        assertThatThrownBy(() -> AsymmetricCipher.RSA_OAEP.encrypt(PKI.rsa.certificate().getPublicKey(), new byte[300]))
                .hasMessageContaining("at most 190 bytes");
    }

    /** openssl's ECDH between a private key file and a peer's point, then its X9.63 KDF: key ‖ IV. */
    private byte[] opensslKdf(Path privateKey, byte[] peerPoint, byte[] ephemeralPoint, int keyLength)
            throws Exception {
        Path peer = dir.resolve("peer.pem");
        KeyPair template = KeyAlgorithm.EC_P256.generate();
        byte[] spki = template.getPublic().getEncoded();
        byte[] withPeer = Arrays.copyOf(spki, spki.length);
        System.arraycopy(peerPoint, 0, withPeer, spki.length - 65, 65);
        Files.writeString(peer, PemWriter.encode(PemWriter.PUBLIC_KEY, withPeer));
        OpenSsl.ok(dir, "pkeyutl", "-derive", "-inkey", privateKey.toString(), "-peerkey", peer.toString(), "-out",
                "shared");
        String shared = HexFormat.of().formatHex(Files.readAllBytes(dir.resolve("shared")));
        String out = OpenSsl.ok(dir, "kdf", "-keylen", String.valueOf(keyLength + 16), "-kdfopt", "digest:SHA2-256",
                "-kdfopt", "hexkey:" + shared, "-kdfopt", "hexinfo:" + HexFormat.of().formatHex(ephemeralPoint),
                "X963KDF");
        return HexFormat.of().parseHex(out.strip().replace(":", ""));
    }

    @Test
    void eciesLatchkeyEncryptsOpensslDerivesTheKey() throws Exception {
        Path[] files = TestPki.files(dir, "ec", PKI.ec);
        byte[] sealed = AsymmetricCipher.ECIES.encrypt(PKI.ec.certificate().getPublicKey(), MESSAGE);
        byte[] ephemeral = Arrays.copyOf(sealed, 65);
        byte[] keyAndIv = opensslKdf(files[1], ephemeral, ephemeral, 16);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(keyAndIv, 0, 16, "AES"),
                new GCMParameterSpec(128, keyAndIv, 16, 16));
        assertThat(gcm.doFinal(sealed, 65, sealed.length - 65)).isEqualTo(MESSAGE);
    }

    @Test
    void eciesOpensslDerivesTheKeyLatchkeyDecrypts() throws Exception {
        KeyPair ephemeral = KeyAlgorithm.EC_P256.generate();
        Path ephemeralKey = Files.writeString(dir.resolve("ephemeral.key"), PemWriter.encode(PemWriter.PRIVATE_KEY,
                ephemeral.getPrivate().getEncoded()));
        byte[] spki = ephemeral.getPublic().getEncoded();
        byte[] ephemeralPoint = Arrays.copyOfRange(spki, spki.length - 65, spki.length);
        byte[] recipientSpki = PKI.ec.certificate().getPublicKey().getEncoded();
        byte[] recipientPoint = Arrays.copyOfRange(recipientSpki, recipientSpki.length - 65, recipientSpki.length);
        byte[] keyAndIv = opensslKdf(ephemeralKey, recipientPoint, ephemeralPoint, 16);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keyAndIv, 0, 16, "AES"),
                new GCMParameterSpec(128, keyAndIv, 16, 16));
        byte[] body = gcm.doFinal(MESSAGE);
        byte[] sealed = Arrays.copyOf(ephemeralPoint, 65 + body.length);
        System.arraycopy(body, 0, sealed, 65, body.length);
        assertThat(AsymmetricCipher.ECIES.decrypt(PKI.ec.privateKey(), sealed)).isEqualTo(MESSAGE);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> AsymmetricCipher.ECIES.decrypt(PKI.ec.privateKey(), sealed))
                .isInstanceOf(DecodeException.class);
    }
}
