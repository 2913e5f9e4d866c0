package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.crypto.interop.OpenSsl;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.pkcs12.Pkcs12Protection;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The crypto-service commands in-process: asn1, digest, encode/decode and random without a
 * keychain; sign/verify/encrypt/decrypt and cms with identities imported into a keychain,
 * each checked against openssl; and malformed input, which exits 65 with one line.
 */
class CliCryptoServicesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestPki.Signers PKI = TestPki.signers();
    private static final String MESSAGE = "Meet at noon.\r\nBring the keys.\r\n";

    @TempDir
    Path home;
    @TempDir
    Path files;
    CliRun cli;
    String pwFile;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(home);
        pwFile = Files.writeString(files.resolve("pw"), "keychain password\n").toString();
        Files.writeString(files.resolve("message.txt"), MESSAGE);
        Files.writeString(files.resolve("root.crt"), TestPki.pem(PKI.root.certificate()));
    }

    private CliRun.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--password-file", pwFile));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private String path(String name) {
        return files.resolve(name).toString();
    }

    /** A keychain holding the RSA, EC and Ed25519 identities, imported as a user would. */
    private void keychainWithIdentities() throws Exception {
        assertThat(run("create-keychain", "login").code()).isZero();
        Path p12 = Files.write(files.resolve("ids.p12"), MaterialWriter.identities(ExportFormat.PKCS12,
                List.of(PKI.rsa, PKI.ec, PKI.ed25519), List.of(), "pass".toCharArray(),
                Pkcs12Protection.AES_256_SHA256));
        Files.writeString(files.resolve("pass"), "pass\n");
        CliRun.Result imported = run("import", p12.toString(), "--passphrase-file", path("pass"));
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    private static void assertOneLine(CliRun.Result r, int code) {
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.err().strip()).startsWith("latchkey: ").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void asn1PrintsTheTreeAndStopsAtMalformedData() throws Exception {
        Path cert = Files.writeString(files.resolve("alice.pem"), TestPki.pem(PKI.ec.certificate()));
        CliRun.Result text = cli.run("asn1", cert.toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out().lines().findFirst().orElseThrow()).matches("\\s+0:d=0\\s+hl=\\d l=\\s*\\d+ cons: SEQUENCE");
        assertThat(text.out()).contains("prim:       OBJECT IDENTIFIER  :1.2.840.10045.4.3.2 (SHA256WITHECDSA)",
                ":Alice (EC)");
        JsonNode json = JSON.readTree(cli.run("asn1", "--json", cert.toString()).out());
        assertThat(json.get("pemLabel").asText()).isEqualTo("CERTIFICATE");
        assertThat(json.at("/elements/0/tag").asText()).isEqualTo("SEQUENCE");
        assertThat(json.at("/elements/0/offset").asInt()).isZero();

        byte[] der = PKI.ec.certificate().getEncoded();
        Path cut = Files.write(files.resolve("cut.der"), java.util.Arrays.copyOf(der, 150));
        CliRun.Result broken = cli.run("asn1", cut.toString());
        assertOneLine(broken, 65);
        assertThat(broken.err()).containsPattern("DECODE: not valid ASN.1 at offset 1[45]\\d: ");
        assertThat(broken.out()).contains("0:d=0", "Signing Test Root");
    }

    @Test
    void digestEncodeDecodeAndRandomNeedNoKeychain() throws Exception {
        OpenSsl.require();
        for (String algorithm : List.of("sha256", "sha512", "sha3-256")) {
            CliRun.Result digest = cli.run("digest", "-a", algorithm, path("message.txt"));
            assertThat(digest.code()).isZero();
            String openssl = OpenSsl.ok(files, "dgst", "-" + algorithm, "-r", "message.txt").split(" ")[0];
            assertThat(digest.out()).isEqualTo(openssl + "  " + path("message.txt") + "\n");
        }
        assertThat(JSON.readTree(cli.runWithInput(MESSAGE, "digest", "--json").out()).get(0).get("digest").asText())
                .hasSize(64);
        assertOneLine(cli.run("digest", "-a", "md5", path("message.txt")), 2);

        CliRun.Result base64 = cli.run("encode", "--base64", "-i", path("message.txt"));
        assertThat(base64.out()).isEqualTo(OpenSsl.ok(files, "base64", "-in", "message.txt"));
        assertThat(cli.runWithInput(base64.out(), "decode", "--base64").out()).isEqualTo(MESSAGE);
        assertThat(cli.runWithInput("4c4b0a", "decode", "--hex").out()).isEqualTo("LK\n");
        assertThat(cli.runWithInput("LK", "encode", "--pem", "--label", "note").out())
                .isEqualTo("-----BEGIN NOTE-----\nTEs=\n-----END NOTE-----\n");
        assertOneLine(cli.runWithInput("zz", "decode", "--hex"), 65);
        assertOneLine(cli.runWithInput("no pem here", "decode", "--pem"), 65);

        String hex = cli.run("random", "--bytes", "32", "--hex").out().strip();
        assertThat(hex).matches("[0-9a-f]{64}").isNotEqualTo(cli.run("random", "--bytes", "32", "--hex").out().strip());
        assertThat(cli.run("random", "--bytes", "16", "-o", path("key.bin")).code()).isZero();
        assertThat(Files.readAllBytes(files.resolve("key.bin"))).hasSize(16);
        assertThat(JSON.readTree(cli.run("random", "--bytes", "8", "--json").out()).get("hex").asText()).hasSize(16);
        assertOneLine(cli.run("random", "--bytes", "0"), 2);
        assertThat(home.resolve("keychains")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}: latchkey sign with the keychain identity, openssl verifies; latchkey verify")
    @ValueSource(strings = {"Alice (RSA)", "Alice (EC)", "Alice (Ed25519)"})
    void signAndVerifyWithKeychainIdentities(String name) throws Exception {
        OpenSsl.require();
        keychainWithIdentities();
        CliRun.Result signed = run("sign", "--key", name, "-i", path("message.txt"), "-o", path("sig"));
        assertThat(signed.code()).as(signed.err()).isZero();
        Identity identity = name.contains("RSA") ? PKI.rsa : name.contains("EC") ? PKI.ec : PKI.ed25519;
        Path pub = Files.writeString(files.resolve("pub.pem"), dev.latchkey.crypto.pem.PemWriter.encode("PUBLIC KEY",
                identity.certificate().getPublicKey().getEncoded()));
        String verified = name.contains("Ed25519")
                ? OpenSsl.ok(files, "pkeyutl", "-verify", "-rawin", "-pubin", "-inkey", pub.toString(), "-in",
                        "message.txt", "-sigfile", "sig")
                : name.contains("RSA") ? OpenSsl.ok(files, "dgst", "-sha256", "-sigopt", "rsa_padding_mode:pss",
                        "-sigopt", "rsa_pss_saltlen:32", "-verify", pub.toString(), "-signature", "sig", "message.txt")
                : OpenSsl.ok(files, "dgst", "-sha256", "-verify", pub.toString(), "-signature", "sig", "message.txt");
        assertThat(verified).containsAnyOf("Verified OK", "Signature Verified Successfully");
        assertThat(run("verify", "--key", name, "-s", path("sig"), "-i", path("message.txt")).code()).isZero();
        Files.writeString(files.resolve("alice.crt"), TestPki.pem(identity.certificate()));
        assertThat(cli.run("verify", "--cert", path("alice.crt"), "-s", path("sig"), "-i", path("message.txt"))
                .code()).as("a certificate file needs no keychain").isZero();
        Files.writeString(files.resolve("other.txt"), "Meet at one.");
        assertOneLine(cli.run("verify", "--cert", path("alice.crt"), "-s", path("sig"), "-i", path("other.txt")), 60);
    }

    @Test
    void encryptAndDecryptWithKeychainKeys() throws Exception {
        OpenSsl.require();
        keychainWithIdentities();
        for (String name : List.of("Alice (RSA)", "Alice (EC)")) {
            assertThat(run("encrypt", "--key", name, "-i", path("message.txt"), "-o", path("sealed")).code()).isZero();
            CliRun.Result opened = run("decrypt", "--key", name, "-i", path("sealed"));
            assertThat(opened.code()).as(opened.err()).isZero();
            assertThat(opened.out()).isEqualTo(MESSAGE);
        }
        Path[] rsa = TestPki.files(files, "rsa", PKI.rsa);
        OpenSsl.ok(files, "pkeyutl", "-encrypt", "-certin", "-inkey", rsa[0].toString(), "-in", "message.txt", "-out",
                "from-openssl", "-pkeyopt", "rsa_padding_mode:oaep", "-pkeyopt", "rsa_oaep_md:sha256", "-pkeyopt",
                "rsa_mgf1_md:sha256");
        assertThat(run("decrypt", "--key", "Alice (RSA)", "-i", path("from-openssl")).out()).isEqualTo(MESSAGE);
        assertOneLine(run("encrypt", "--key", "Alice (Ed25519)", "-i", path("message.txt")), 65);
        Files.write(files.resolve("garbage"), new byte[] {1, 2, 3});
        assertOneLine(run("decrypt", "--key", "Alice (EC)", "-i", path("garbage")), 65);
    }

    @Test
    void cmsSignVerifyEncryptDecryptWithOpenssl() throws Exception {
        OpenSsl.require();
        keychainWithIdentities();
        CliRun.Result signed = run("cms", "sign", "--identity", "Alice (EC)", "--format", "smime", "--detached",
                "-i", path("message.txt"), "-o", path("signed.eml"));
        assertThat(signed.code()).as(signed.err()).isZero();
        assertThat(OpenSsl.ok(files, "cms", "-verify", "-in", "signed.eml", "-CAfile", "root.crt", "-text", "-out",
                "out.txt")).contains("Verification successful");
        assertThat(Files.readString(files.resolve("out.txt"))).isEqualTo(MESSAGE);

        Path[] rsa = TestPki.files(files, "rsa", PKI.rsa);
        OpenSsl.ok(files, "cms", "-sign", "-in", "message.txt", "-signer", rsa[0].toString(), "-inkey",
                rsa[1].toString(), "-nodetach", "-outform", "PEM", "-out", "theirs.pem");
        CliRun.Result verified = cli.run("cms", "verify", "-L", "-r", path("root.crt"), "-n", TestPki.Signers.EMAIL, "-i",
                path("theirs.pem"), "-o", path("content.txt"));
        assertThat(verified.code()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("Verification successful.", "signer 1: CN=Alice (RSA),O=Latchkey",
                "signing time: 20", "trust: trusted");
        assertThat(Files.readString(files.resolve("content.txt"))).isEqualTo(MESSAGE);
        JsonNode json = JSON.readTree(cli.run("cms", "verify", "-L", "-r", path("root.crt"), "--json", "-i",
                path("theirs.pem")).out());
        assertThat(json.get("verified").asBoolean()).isTrue();
        assertThat(json.at("/signers/0/trust/trusted").asBoolean()).isTrue();
        CliRun.Result wrongAddress = cli.run("cms", "verify", "-L", "-r", path("root.crt"), "-n", "bob@example.test",
                "-i", path("theirs.pem"));
        assertOneLine(wrongAddress, 60);
        assertThat(wrongAddress.out()).contains("not trusted");
        assertOneLine(cli.run("cms", "verify", "-L", "-i", path("theirs.pem")), 60);

        Files.writeString(files.resolve("ec.crt"), TestPki.pem(PKI.ec.certificate()));
        assertThat(cli.run("cms", "encrypt", "-r", path("ec.crt"), "-r", rsa[0].toString(), "--cipher", "aes-128-cbc",
                "--format", "smime", "-i", path("message.txt"), "-o", path("sealed.eml")).code()).isZero();
        assertThat(OpenSsl.ok(files, "cms", "-decrypt", "-in", "sealed.eml", "-recip", rsa[0].toString(), "-inkey",
                rsa[1].toString())).isEqualTo(MESSAGE);
        OpenSsl.ok(files, "cms", "-encrypt", "-in", "message.txt", "-aes-256-gcm", "-outform", "DER", "-out",
                "for-ec.der", "ec.crt");
        CliRun.Result decrypted = run("cms", "decrypt", "-i", path("for-ec.der"), "--json");
        assertThat(decrypted.code()).as(decrypted.err()).isZero();
        assertThat(JSON.readTree(decrypted.out()).get("identity").asText()).isEqualTo("Alice (EC)");

        Files.write(files.resolve("garbage"), "not a message".getBytes(StandardCharsets.US_ASCII));
        assertOneLine(cli.run("cms", "verify", "-L", "-i", path("garbage")), 65);
        assertOneLine(run("cms", "decrypt", "-i", path("garbage")), 65);
    }

    @Test
    void cmsDecryptForSomeoneElseIsNotFound() throws Exception {
        keychainWithIdentities();
        Files.writeString(files.resolve("root-as-recipient.crt"), TestPki.pem(PKI.tsa.certificate()));
        assertThat(cli.run("cms", "encrypt", "-r", path("root-as-recipient.crt"), "-i", path("message.txt"), "-o",
                path("other.p7m")).code()).isZero();
        assertOneLine(run("cms", "decrypt", "-i", path("other.p7m")), 44);
        assertThat(HexFormat.of().formatHex(Files.readAllBytes(files.resolve("other.p7m")))).startsWith("30");
    }
}
