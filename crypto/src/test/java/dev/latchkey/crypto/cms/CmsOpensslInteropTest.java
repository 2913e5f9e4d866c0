package dev.latchkey.crypto.cms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.interop.OpenSsl;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.testing.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CMS interop table with {@code openssl cms}, both ways: every key type (RSA, EC, Ed25519)
 * signing attached and detached in DER, PEM and S/MIME; every content cipher (AES-GCM as
 * AuthEnvelopedData, AES-CBC as EnvelopedData) to RSA and EC recipients, one or several.
 */
class CmsOpensslInteropTest {
    private static final byte[] CONTENT = "Meet at noon.\r\nBring the keys.\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final TestPki.Signers PKI = TestPki.signers();

    @TempDir
    Path dir;
    Path root;

    @BeforeAll
    static void openssl() {
        OpenSsl.require();
    }

    @BeforeEach
    void files() throws Exception {
        root = Files.writeString(dir.resolve("root.crt"), TestPki.pem(PKI.root.certificate()));
        Files.write(dir.resolve("content.txt"), CONTENT);
    }

    static Stream<Arguments> signings() {
        List<Arguments> out = new ArrayList<>();
        for (String key : List.of("RSA", "EC")) {
            for (boolean detached : List.of(false, true)) {
                for (CmsFormat format : CmsFormat.values()) {
                    out.add(Arguments.of(key, detached ? "detached" : "attached", format));
                }
            }
        }
        return out.stream();
    }

    private static Identity identity(String key) {
        return switch (key) {
            case "RSA" -> PKI.rsa;
            case "EC" -> PKI.ec;
            default -> PKI.ed25519;
        };
    }

    /** S/MIME's signed part is a MIME entity: openssl's -text adds and strips its text/plain header. */
    private static List<String> text(CmsFormat format) {
        return format == CmsFormat.SMIME ? List.of("-text") : List.of();
    }

    private static String inform(CmsFormat format) {
        return format == CmsFormat.SMIME ? "SMIME" : format.name();
    }

    @ParameterizedTest(name = "{0} {1} {2}: latchkey signs, openssl cms -verify accepts")
    @MethodSource("signings")
    void latchkeySignsOpensslVerifies(String key, String mode, CmsFormat format) throws Exception {
        boolean detached = mode.equals("detached");
        Identity signer = identity(key);
        Path signed = Files.write(dir.resolve("signed"), CmsSigner.sign(CONTENT, signer.privateKey(), signer.chain(),
                detached, format));
        List<String> args = new ArrayList<>(List.of("cms", "-verify", "-in", signed.toString(), "-inform",
                inform(format), "-CAfile", root.toString(), "-out", "verified.txt"));
        if (format != CmsFormat.SMIME) {
            // S/MIME is verified in its canonical text mode: openssl's -binary reading of a CRLF
            // file keeps the CR that belongs to the boundary line.
            args.add("-binary");
        }
        if (detached && format != CmsFormat.SMIME) {
            args.addAll(List.of("-content", "content.txt"));
        }
        args.addAll(text(format));
        String output = OpenSsl.ok(dir, args.toArray(String[]::new));
        assertThat(output).contains("Verification successful");
        assertThat(Files.readAllBytes(dir.resolve("verified.txt"))).isEqualTo(CONTENT);
    }

    @ParameterizedTest(name = "{0} {1} {2}: openssl cms -sign, latchkey verifies")
    @MethodSource("signings")
    void opensslSignsLatchkeyVerifies(String key, String mode, CmsFormat format) throws Exception {
        boolean detached = mode.equals("detached");
        Path[] files = TestPki.files(dir, "signer", identity(key));
        List<String> args = new ArrayList<>(List.of("cms", "-sign", "-in", "content.txt", "-signer",
                files[0].toString(), "-inkey", files[1].toString(), "-outform", inform(format), "-out", "signed",
                "-binary"));
        if (!detached) {
            args.add("-nodetach");
        }
        args.addAll(text(format));
        OpenSsl.ok(dir, args.toArray(String[]::new));
        byte[] signed = Files.readAllBytes(dir.resolve("signed"));
        SignedMessage message = CmsVerifier.verify(signed, detached && format != CmsFormat.SMIME ? CONTENT : null);
        assertThat(message.allSignaturesValid()).as(message.signers().toString()).isTrue();
        assertThat(message.content()).isEqualTo(CONTENT);
        SignerReport report = message.signers().get(0);
        assertThat(report.certificate()).contains(identity(key).certificate());
        assertThat(report.signingTime()).isPresent();
    }

    /**
     * openssl 3.0 can neither sign with Ed25519 in CMS ("no default digest") nor verify it
     * ("invalid digest"), so Ed25519 is checked against RFC 8419 itself: SHA-512 as the
     * digest, id-Ed25519 as the signature algorithm, as openssl's own dump of the message shows.
     */
    @Test
    void ed25519SignaturesFollowRfc8419() throws Exception {
        for (boolean detached : List.of(false, true)) {
            byte[] der = CmsSigner.sign(CONTENT, PKI.ed25519.privateKey(), PKI.ed25519.chain(), detached,
                    CmsFormat.DER);
            SignedMessage message = CmsVerifier.verify(der, detached ? CONTENT : null);
            assertThat(message.allSignaturesValid()).isTrue();
            assertThat(message.signers().get(0).digestAlgorithm()).isEqualTo("SHA512");
            Files.write(dir.resolve("ed.p7"), der);
            assertThat(OpenSsl.ok(dir, "cms", "-cmsout", "-print", "-inform", "DER", "-in", "ed.p7"))
                    .contains("algorithm: sha512", "algorithm: ED25519");
        }
    }

    @Test
    void aChangedContentBreaksTheSignature() throws Exception {
        byte[] detached = CmsSigner.sign(CONTENT, PKI.ec.privateKey(), PKI.ec.chain(), true, CmsFormat.DER);
        SignedMessage message = CmsVerifier.verify(detached, "Meet at one.".getBytes(StandardCharsets.US_ASCII));
        assertThat(message.allSignaturesValid()).isFalse();
        assertThat(message.signers().get(0).problem()).isNotEmpty();
    }

    static Stream<Arguments> encryptions() {
        List<Arguments> out = new ArrayList<>();
        for (String recipient : List.of("RSA", "EC")) {
            for (ContentCipher cipher : ContentCipher.values()) {
                out.add(Arguments.of(recipient, cipher, CmsFormat.DER));
            }
            out.add(Arguments.of(recipient, ContentCipher.AES256_GCM, CmsFormat.SMIME));
            out.add(Arguments.of(recipient, ContentCipher.AES128_CBC, CmsFormat.PEM));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} recipient, {1}, {2}: latchkey encrypts, openssl cms -decrypt reads")
    @MethodSource("encryptions")
    void latchkeyEncryptsOpensslDecrypts(String recipient, ContentCipher cipher, CmsFormat format) throws Exception {
        Identity to = identity(recipient);
        Path[] files = TestPki.files(dir, "recipient", to);
        Files.write(dir.resolve("encrypted"), CmsEncryption.encrypt(CONTENT, List.of(to.certificate()), cipher,
                format));
        OpenSsl.ok(dir, "cms", "-decrypt", "-in", "encrypted", "-inform", inform(format), "-recip",
                files[0].toString(), "-inkey", files[1].toString(), "-out", "decrypted", "-binary");
        assertThat(Files.readAllBytes(dir.resolve("decrypted"))).isEqualTo(CONTENT);
    }

    @ParameterizedTest(name = "{0} recipient, {1}, {2}: openssl cms -encrypt, latchkey decrypts")
    @MethodSource("encryptions")
    void opensslEncryptsLatchkeyDecrypts(String recipient, ContentCipher cipher, CmsFormat format) throws Exception {
        Identity to = identity(recipient);
        Path[] files = TestPki.files(dir, "recipient", to);
        OpenSsl.ok(dir, "cms", "-encrypt", "-in", "content.txt", "-" + cipher.cliName(), "-outform",
                inform(format), "-out", "encrypted", "-binary", files[0].toString());
        byte[] encrypted = Files.readAllBytes(dir.resolve("encrypted"));
        assertThat(CmsEncryption.recipients(encrypted)).singleElement()
                .satisfies(r -> assertThat(r.matches(to.certificate())).isTrue());
        assertThat(CmsEncryption.decrypt(encrypted, to.privateKey(), to.certificate())).isEqualTo(CONTENT);
    }

    @Test
    void severalRecipientsEachDecrypt() throws Exception {
        Path[] rsa = TestPki.files(dir, "rsa", PKI.rsa);
        Path[] ec = TestPki.files(dir, "ec", PKI.ec);
        Files.write(dir.resolve("ours"), CmsEncryption.encrypt(CONTENT, List.of(PKI.rsa.certificate(),
                PKI.ec.certificate()), ContentCipher.AES256_GCM, CmsFormat.DER));
        for (Path[] who : List.of(rsa, ec)) {
            OpenSsl.ok(dir, "cms", "-decrypt", "-in", "ours", "-inform", "DER", "-recip", who[0].toString(),
                    "-inkey", who[1].toString(), "-out", "decrypted", "-binary");
            assertThat(Files.readAllBytes(dir.resolve("decrypted"))).isEqualTo(CONTENT);
        }
        OpenSsl.ok(dir, "cms", "-encrypt", "-in", "content.txt", "-aes-256-cbc", "-outform", "DER", "-out", "theirs",
                "-binary", rsa[0].toString(), ec[0].toString());
        byte[] theirs = Files.readAllBytes(dir.resolve("theirs"));
        assertThat(CmsEncryption.recipients(theirs)).hasSize(2);
        assertThat(CmsEncryption.decrypt(theirs, PKI.rsa.privateKey(), PKI.rsa.certificate())).isEqualTo(CONTENT);
        assertThat(CmsEncryption.decrypt(theirs, PKI.ec.privateKey(), PKI.ec.certificate())).isEqualTo(CONTENT);
    }

    @Test
    void malformedInputIsADecodeError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CmsVerifier.verify("not cms".getBytes(
                StandardCharsets.US_ASCII), null)).isInstanceOf(dev.latchkey.crypto.DecodeException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CmsEncryption.recipients(new byte[] {0x30, 0x03, 1}))
                .isInstanceOf(dev.latchkey.crypto.DecodeException.class);
    }
}
