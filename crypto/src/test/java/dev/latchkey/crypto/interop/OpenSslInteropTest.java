package dev.latchkey.crypto.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.issuing.CertificationRequest;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.material.NamedCertificate;
import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.pkcs12.Pkcs12Protection;
import dev.latchkey.crypto.reader.MaterialReader;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.trust.TrustEvaluator;
import dev.latchkey.crypto.trust.TrustPolicy;
import dev.latchkey.crypto.trust.TrustResult;
import dev.latchkey.crypto.trust.TrustStore;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Files we write are read by the real openssl, and files openssl writes are read by us. */
class OpenSslInteropTest {
    private static final String PASSWORD = "interop-pass";
    private final TestPki pki = TestPki.get();

    @TempDir
    Path dir;

    @BeforeAll
    static void needsOpenSsl() {
        OpenSsl.require();
    }

    private Path write(String name, byte[] data) throws Exception {
        return Files.write(dir.resolve(name), data);
    }

    private Path writePem(String name, X509Certificate... certs) throws Exception {
        StringBuilder out = new StringBuilder();
        for (X509Certificate c : certs) {
            out.append(PemWriter.encode(PemWriter.CERTIFICATE, c.getEncoded()));
        }
        return write(name, out.toString().getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @EnumSource(Pkcs12Protection.class)
    void openSslReadsOurPkcs12(Pkcs12Protection protection) throws Exception {
        Identity named = new Identity("interop id", pki.leaf.privateKey(), pki.leaf.chain());
        write("ours.p12", MaterialWriter.identities(ExportFormat.PKCS12, List.of(named), List.of(),
                PASSWORD.toCharArray(), protection));

        String info = OpenSsl.ok(dir, "pkcs12", "-in", "ours.p12", "-passin", "pass:" + PASSWORD, "-info", "-nodes");

        assertThat(info).contains("friendlyName: interop id").contains("-----BEGIN PRIVATE KEY-----")
                .contains(PemWriter.encode(PemWriter.CERTIFICATE, pki.leaf.certificate().getEncoded()).trim());
        if (protection == Pkcs12Protection.AES_256_SHA256) {
            assertThat(info).contains("MAC: sha256").contains("PBES2, PBKDF2, AES-256-CBC").contains("PRF hmacWithSHA256");
        } else {
            assertThat(info).contains("MAC: sha1").contains("pbeWithSHA1And3-KeyTripleDES-CBC");
        }
        assertThat(OpenSsl.run(dir, "pkcs12", "-in", "ours.p12", "-passin", "pass:wrong", "-noout").exit()).isNotZero();
    }

    @Test
    void openSslReadsOurEncryptedPkcs8() throws Exception {
        write("key.pem", MaterialWriter.privateKey(ExportFormat.PEM, pki.leaf.privateKey(), PASSWORD.toCharArray()));
        write("key.der", MaterialWriter.privateKey(ExportFormat.PKCS8, pki.leaf.privateKey(), PASSWORD.toCharArray()));
        String ourPublic = PemWriter.encode(PemWriter.PUBLIC_KEY, pki.leaf.certificate().getPublicKey().getEncoded());

        String fromPem = OpenSsl.ok(dir, "pkey", "-in", "key.pem", "-passin", "pass:" + PASSWORD, "-pubout");
        String fromDer = OpenSsl.ok(dir, "pkey", "-inform", "DER", "-in", "key.der", "-passin", "pass:" + PASSWORD, "-pubout");
        String details = OpenSsl.ok(dir, "asn1parse", "-in", "key.pem");

        assertThat(fromPem.trim()).isEqualTo(ourPublic.trim());
        assertThat(fromDer.trim()).isEqualTo(ourPublic.trim());
        assertThat(details).contains("PBES2").contains("PBKDF2").contains("hmacWithSHA256").contains("aes-256-cbc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "legacy", "empty-password", "no-mac"})
    void weReadOpenSslPkcs12(String variant) throws Exception {
        OpenSsl.ok(dir, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "k.pem", "-out", "c.pem",
                "-subj", "/CN=openssl made", "-days", "30");
        String pass = variant.equals("empty-password") || variant.equals("no-mac") ? "" : PASSWORD;
        List<String> args = new java.util.ArrayList<>(List.of("pkcs12", "-export", "-in", "c.pem", "-inkey", "k.pem",
                "-out", "theirs.p12", "-name", "their name", "-passout", "pass:" + pass));
        if (variant.equals("legacy")) {
            args.add("-legacy");
        }
        if (variant.equals("no-mac")) {
            args.addAll(List.of("-nomac", "-keypbe", "NONE", "-certpbe", "NONE"));
        }
        OpenSsl.ok(dir, args.toArray(new String[0]));

        KeyMaterial read = MaterialReader.read(Files.readAllBytes(dir.resolve("theirs.p12")),
                pass.isEmpty() ? null : pass.toCharArray());

        assertThat(read.identities()).singleElement().satisfies(identity -> {
            assertThat(identity.friendlyName()).contains("their name");
            assertThat(identity.certificate().getSubjectX500Principal()).isEqualTo(new X500Principal("CN=openssl made"));
        });
    }

    @Test
    void weReadOpenSslKeysInEveryEncoding() throws Exception {
        OpenSsl.ok(dir, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384", "-out", "ec.pem");
        OpenSsl.ok(dir, "genpkey", "-algorithm", "ED25519", "-out", "ed.pem");
        OpenSsl.ok(dir, "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "rsa.pem");
        OpenSsl.ok(dir, "pkey", "-in", "ec.pem", "-aes256", "-passout", "pass:" + PASSWORD, "-out", "ec-enc.pem");
        OpenSsl.ok(dir, "pkey", "-in", "ec.pem", "-outform", "DER", "-out", "ec.der");
        OpenSsl.ok(dir, "rsa", "-in", "rsa.pem", "-traditional", "-aes128", "-passout", "pass:" + PASSWORD, "-out", "rsa-trad.pem");
        OpenSsl.ok(dir, "pkcs8", "-topk8", "-in", "rsa.pem", "-v1", "PBE-SHA1-3DES", "-passout", "pass:" + PASSWORD,
                "-out", "rsa-p12pbe.pem");
        OpenSsl.ok(dir, "pkey", "-in", "ed.pem", "-pubout", "-out", "ed-pub.pem");

        for (String file : List.of("ec.pem", "ed.pem", "rsa.pem", "ec.der")) {
            assertThat(MaterialReader.read(Files.readAllBytes(dir.resolve(file)), null).privateKeys()).as(file).hasSize(1);
        }
        for (String file : List.of("ec-enc.pem", "rsa-trad.pem", "rsa-p12pbe.pem")) {
            assertThat(MaterialReader.read(Files.readAllBytes(dir.resolve(file)), PASSWORD.toCharArray()).privateKeys())
                    .as(file).hasSize(1);
        }
        assertThat(MaterialReader.read(Files.readAllBytes(dir.resolve("ed-pub.pem")), null).publicKeys()).hasSize(1);
    }

    @Test
    void openSslSignsOurRequestAndVerifiesOurChain() throws Exception {
        KeyPair keys = KeyAlgorithm.EC_P256.generate();
        CertificationRequest request = CertificationRequest.create(keys, new X500Principal("CN=csr.example.test"),
                List.of(dev.latchkey.crypto.x509.AltName.dns("csr.example.test")));
        write("req.csr", request.pem().getBytes(StandardCharsets.US_ASCII));
        writePem("ca.pem", pki.intermediate.certificate());
        write("ca.key", MaterialWriter.privateKey(ExportFormat.PEM, pki.intermediate.privateKey(), null));
        writePem("root.pem", pki.root.certificate());
        write("ext.cnf", "subjectAltName=DNS:csr.example.test\nextendedKeyUsage=serverAuth\n"
                .getBytes(StandardCharsets.US_ASCII));

        OpenSsl.ok(dir, "req", "-in", "req.csr", "-verify", "-noout");
        OpenSsl.ok(dir, "x509", "-req", "-in", "req.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "30", "-sha256", "-extfile", "ext.cnf", "-out", "signed.pem");
        X509Certificate signed = MaterialReader.read(Files.readAllBytes(dir.resolve("signed.pem")), null)
                .certificates().get(0).certificate();

        assertThat(signed.getPublicKey().getEncoded()).isEqualTo(keys.getPublic().getEncoded());
        TrustResult result = new TrustEvaluator(TrustStore.builder().addAnchor(pki.root.certificate()).build())
                .evaluate(signed, List.of(pki.intermediate.certificate()), TrustPolicy.sslServer("csr.example.test"),
                        Instant.now());
        assertThat(result.trusted()).as(result.findings().toString()).isTrue();

        writePem("leaf.pem", pki.leaf.certificate());
        assertThat(OpenSsl.ok(dir, "verify", "-CAfile", "root.pem", "-untrusted", "ca.pem", "leaf.pem"))
                .contains("leaf.pem: OK");
    }

    @Test
    void weReadOpenSslPkcs7Bundles() throws Exception {
        writePem("chain.pem", pki.leaf.certificate(), pki.intermediate.certificate());
        OpenSsl.ok(dir, "crl2pkcs7", "-nocrl", "-certfile", "chain.pem", "-out", "chain.p7b");
        OpenSsl.ok(dir, "crl2pkcs7", "-nocrl", "-certfile", "chain.pem", "-outform", "DER", "-out", "chain.p7b.der");
        write("ours.p7b", MaterialWriter.certificates(ExportFormat.PKCS7, List.of(
                NamedCertificate.unnamed(pki.leaf.certificate()), NamedCertificate.unnamed(pki.root.certificate())), null));

        assertThat(MaterialReader.read(Files.readAllBytes(dir.resolve("chain.p7b")), null).certificates()).hasSize(2);
        assertThat(MaterialReader.read(Files.readAllBytes(dir.resolve("chain.p7b.der")), null).certificates()).hasSize(2);
        assertThat(OpenSsl.ok(dir, "pkcs7", "-inform", "DER", "-in", "ours.p7b", "-print_certs"))
                .contains("subject=CN = www.example.test").contains("subject=O = Latchkey, CN = Latchkey Test Root");
    }
}
