package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.issuing.CertificateIssuer;
import dev.latchkey.crypto.issuing.CertificateSpec;
import dev.latchkey.crypto.interop.OpenSsl;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar with OpenSSL on the other side: files both ways, a CSR round trip, a live TLS chain. */
class CliCertificatesIT {
    @TempDir
    Path home;
    @TempDir
    Path dir;
    String pw;
    String passphrase;

    @BeforeEach
    void setUp() throws Exception {
        OpenSsl.require();
        pw = Files.writeString(dir.resolve("pw"), "keychain password\n").toString();
        passphrase = Files.writeString(dir.resolve("passphrase"), "interop passphrase\n").toString();
    }

    private JarProcess.Result latchkey(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--password-file");
        all.add(pw);
        return JarProcess.run(home, "", all.toArray(String[]::new));
    }

    private JarProcess.Result ok(String... args) throws Exception {
        JarProcess.Result r = latchkey(args);
        assertThat(r.code()).as("latchkey " + String.join(" ", args) + ": " + r.out() + r.err()).isZero();
        return r;
    }

    @Test
    void openSslReadsOurPkcs12AndPkcs8() throws Exception {
        ok("create-keychain", "login");
        ok("create-certificate", "--subject", "CN=interop.example.test", "--dns", "interop.example.test",
                "-o", dir.resolve("cert.pem").toString());
        ok("export", "-t", "identities", "-o", dir.resolve("modern.p12").toString(), "--passphrase-file", passphrase);
        ok("export", "-t", "identities", "--legacy", "-o", dir.resolve("legacy.p12").toString(),
                "--passphrase-file", passphrase);
        ok("export", "-t", "keys", "-f", "pk8", "-o", dir.resolve("key.p8").toString(), "--passphrase-file", passphrase);

        String info = OpenSsl.ok(dir, "pkcs12", "-in", "modern.p12", "-passin", "file:passphrase", "-info", "-noenc");
        assertThat(info).contains("PBES2, PBKDF2, AES-256-CBC", "subject=CN = interop.example.test",
                "-----BEGIN PRIVATE KEY-----");
        assertThat(OpenSsl.ok(dir, "pkcs12", "-in", "legacy.p12", "-passin", "file:passphrase", "-info", "-noenc"))
                .contains("pbeWithSHA1And3-KeyTripleDES-CBC", "-----BEGIN PRIVATE KEY-----");
        assertThat(OpenSsl.run(dir, "pkcs12", "-in", "modern.p12", "-passin", "pass:wrong", "-noout").exit())
                .isNotZero();
        String keyPublic = OpenSsl.ok(dir, "pkey", "-in", "key.p8", "-inform", "DER", "-passin", "file:passphrase",
                "-pubout");
        assertThat(keyPublic).isEqualTo(OpenSsl.ok(dir, "x509", "-in", "cert.pem", "-noout", "-pubkey"));
    }

    @Test
    void openSslFilesImportAndOurRequestIsSignedByOpenSsl() throws Exception {
        Files.writeString(dir.resolve("ca.cnf"), """
                [ ca ]
                default_ca = ca_default
                [ ca_default ]
                database = index.txt
                default_md = sha256
                default_crl_days = 30
                [ v3_ca ]
                basicConstraints = critical, CA:TRUE
                keyUsage = critical, keyCertSign, cRLSign
                subjectKeyIdentifier = hash
                [ v3_server ]
                basicConstraints = critical, CA:FALSE
                keyUsage = critical, digitalSignature
                extendedKeyUsage = serverAuth
                subjectKeyIdentifier = hash
                authorityKeyIdentifier = keyid
                """);
        Files.writeString(dir.resolve("index.txt"), "");
        OpenSsl.ok(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc",
                "-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=OpenSSL Test CA", "-days", "3650",
                "-config", "ca.cnf", "-extensions", "v3_ca");
        OpenSsl.ok(dir, "req", "-x509", "-newkey", "rsa:2048", "-noenc", "-keyout", "made.key", "-out", "made.pem",
                "-subj", "/CN=made by openssl", "-days", "30");
        OpenSsl.ok(dir, "pkcs12", "-export", "-in", "made.pem", "-inkey", "made.key", "-out", "made.p12",
                "-passout", "file:passphrase");
        OpenSsl.ok(dir, "genpkey", "-algorithm", "ed25519", "-out", "ed.key");
        OpenSsl.ok(dir, "pkcs8", "-topk8", "-in", "ed.key", "-v2", "aes-256-cbc", "-out", "ed.p8",
                "-passout", "file:passphrase");

        ok("create-keychain", "login");
        assertThat(ok("import", dir.resolve("made.p12").toString(), "--passphrase-file", passphrase).out())
                .isEqualTo("Imported 1 identity from PKCS#12.\n");
        assertThat(ok("import", dir.resolve("ed.p8").toString(), "--passphrase-file", passphrase).out())
                .isEqualTo("Imported 1 private key from PEM text.\n");

        ok("create-csr", "--subject", "CN=csr.example.test", "--dns", "csr.example.test",
                "-o", dir.resolve("request.csr").toString());
        OpenSsl.ok(dir, "x509", "-req", "-in", "request.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "365", "-copy_extensions", "copy", "-extfile", "ca.cnf", "-extensions", "v3_server",
                "-out", "signed.pem");
        assertThat(ok("import", dir.resolve("signed.pem").toString()).out()).as("pairs with the key create-csr stored")
                .isEqualTo("Imported 1 identity from PEM text.\n");
        String signed = dir.resolve("signed.pem").toString();
        String ca = dir.resolve("ca.pem").toString();
        ok("verify-cert", "-L", "-c", signed, "-r", ca, "-p", "ssl", "-n", "csr.example.test");

        OpenSsl.ok(dir, "ca", "-config", "ca.cnf", "-keyfile", "ca.key", "-cert", "ca.pem", "-revoke", "signed.pem");
        OpenSsl.ok(dir, "ca", "-config", "ca.cnf", "-keyfile", "ca.key", "-cert", "ca.pem", "-gencrl",
                "-out", "crl.pem");
        JarProcess.Result revoked = latchkey("verify-cert", "-L", "-c", signed, "-r", ca, "-p", "ssl", "-n",
                "csr.example.test", "--crl", dir.resolve("crl.pem").toString(), "--json");
        assertThat(revoked.code()).as(revoked.out()).isEqualTo(60);
        assertThat(revoked.out()).contains("\"code\" : \"REVOKED\"");
    }

    @Test
    void fetchChainCapturesWhatAnOpenSslServerSends() throws Exception {
        TestPki pki = TestPki.get();
        Identity server = CertificateIssuer.issueIdentity(pki.intermediate, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=localhost").dns("localhost").notBefore(TestPki.START)
                        .validFor(Duration.ofDays(1800)).build());
        TestPki.pemFile(dir, "leaf.pem", server);
        TestPki.pemFile(dir, "intermediate.pem", pki.intermediate);
        String root = TestPki.pemFile(dir, "root.pem", pki.root).toString();
        Files.write(dir.resolve("leaf.key"), MaterialWriter.privateKey(ExportFormat.PEM, server.privateKey(), null));
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process openssl = new ProcessBuilder("openssl", "s_server", "-accept", String.valueOf(port), "-cert",
                "leaf.pem", "-key", "leaf.key", "-cert_chain", "intermediate.pem", "-www").directory(dir.toFile())
                .redirectErrorStream(true).start();
        try {
            awaitAccept(openssl);
            Path chain = dir.resolve("chain.pem");
            JarProcess.Result fetched = JarProcess.run(home, "", "fetch-chain", "localhost:" + port, "--verify", "-L",
                    "-r", root, "-o", chain.toString());
            assertThat(fetched.code()).as(fetched.out() + fetched.err()).isZero();
            assertThat(fetched.out()).contains("localhost:" + port + " sent 2 certificates", "CN=localhost",
                    "certificate verification successful");
            assertThat(Files.readString(chain)).isEqualTo(Files.readString(dir.resolve("leaf.pem"))
                    + Files.readString(dir.resolve("intermediate.pem")));

            JarProcess.Result untrusted = JarProcess.run(home, "", "fetch-chain", "localhost:" + port, "--verify", "-L");
            assertThat(untrusted.code()).isEqualTo(60);
            assertThat(untrusted.err()).startsWith("latchkey: TRUST_FAILED: ");
        } finally {
            openssl.destroy();
            openssl.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static void awaitAccept(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("ACCEPT")) {
                        return true;
                    }
                }
            } catch (java.io.IOException e) {
                return false;
            }
            return false;
        });
        assertThat(ready.get(30, TimeUnit.SECONDS)).as("openssl s_server started").isTrue();
    }
}
