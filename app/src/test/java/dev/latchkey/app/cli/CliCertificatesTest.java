package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.reader.MaterialReader;
import dev.latchkey.crypto.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, export, find-certificate, find-identity and dump-keychain with certificates, in-process. */
class CliCertificatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final TestPki PKI = TestPki.get();
    static final String DURING = TestPki.DURING.toString();

    @TempDir
    Path home;
    @TempDir
    Path files;

    CliRun cli;
    String pwFile;
    String passphraseFile;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(home);
        pwFile = Files.writeString(files.resolve("pw"), "keychain password\n").toString();
        passphraseFile = Files.writeString(files.resolve("passphrase"), TestPki.FILE_PASSPHRASE + "\n").toString();
        assertThat(cli.run("--password-file", pwFile, "create-keychain", "login").code()).isZero();
    }

    private CliRun.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--password-file", pwFile));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private int itemCount() throws Exception {
        return JSON.readTree(run("dump-keychain", "--json").out()).size();
    }

    @Test
    void importFindAndExportAnIdentity() throws Exception {
        String p12 = PKI.pkcs12(files).toString();

        CliRun.Result imported = run("import", p12, "--passphrase-file", passphraseFile);
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("Imported 1 identity and 2 certificates from PKCS#12.\n");
        CliRun.Result again = run("import", p12, "--passphrase-file", passphraseFile, "--json");
        assertThat(again.code()).isEqualTo(45);
        assertThat(JSON.readTree(again.out()).get("duplicates")).hasSize(3);

        CliRun.Result hashes = run("find-certificate", "-c", "WWW.example", "-Z");
        assertThat(hashes.out()).startsWith("SHA-256 hash: " + CertificateOutput.sha256(PKI.leaf.certificate())
                + "\nSHA-1 hash: ").contains("class: \"cert\"", "labl=\"www.example.test\"").doesNotContain("cert=");
        assertThat(run("find-certificate", "-e", "ADMIN@example.test", "-p").out())
                .isEqualTo(CertificateOutput.pem(PKI.leaf.certificate()));
        JsonNode all = JSON.readTree(run("find-certificate", "-a", "--json").out());
        assertThat(all.findValuesAsText("label"))
                .containsExactly("Latchkey Test Intermediate", "Latchkey Test Root", "www.example.test");
        assertThat(run("find-certificate", "-c", "nothing like it").code()).isEqualTo(44);

        CliRun.Result identities = run("find-identity", "-p", "ssl");
        assertThat(identities.out()).contains("Policy: Secure Sockets Layer (SSL)", "\"www.example.test\"",
                "1 identities found", "0 valid identities found");

        Path out = files.resolve("out.p12");
        assertThat(run("export", "--type", "identities", "-o", out.toString(), "--passphrase-file", passphraseFile,
                "--legacy").out()).isEqualTo("Exported 1 identity to " + out + ".\n");
        KeyMaterial back = MaterialReader.read(Files.readAllBytes(out), TestPki.FILE_PASSPHRASE.toCharArray());
        assertThat(back.identities().get(0).chain()).hasSize(3);
        assertThat(back.identities().get(0).privateKey().getEncoded()).isEqualTo(PKI.leaf.privateKey().getEncoded());

        Path key = files.resolve("key.p8");
        assertThat(run("export", "-t", "keys", "-f", "pk8", "-o", key.toString(), "--passphrase-file", passphraseFile)
                .code()).isZero();
        assertThat(MaterialReader.read(Files.readAllBytes(key), TestPki.FILE_PASSPHRASE.toCharArray()).privateKeys())
                .singleElement().satisfies(k -> assertThat(k.key().getEncoded())
                        .isEqualTo(PKI.leaf.privateKey().getEncoded()));
        assertThat(run("export", "-t", "certs", "-f", "der", "-o", files.resolve("all.der").toString()).code())
                .as("DER holds one certificate").isEqualTo(2);
        Path rootDer = files.resolve("root.der");
        assertThat(run("export", "-t", "certs", "-f", "der", "-c", "Latchkey Test Root", "-o", rootDer.toString()).code())
                .isZero();
        assertThat(Files.readAllBytes(rootDer)).isEqualTo(PKI.root.certificate().getEncoded());

        JsonNode dump = JSON.readTree(run("dump-keychain", "-d", "--json").out());
        assertThat(dump).hasSize(4);
        assertThat(dump.findValues("password")).as("a private key is never printed").isEmpty();
    }

    @Test
    void badFilesAreBadInputAndImportNothing() throws Exception {
        Path garbage = Files.writeString(files.resolve("garbage.pem"), "not a certificate at all");
        Path p12 = PKI.pkcs12(files);
        byte[] der = PKI.root.certificate().getEncoded();
        Path truncated = Files.write(files.resolve("truncated.der"), java.util.Arrays.copyOf(der, der.length - 10));
        Path wrong = Files.writeString(files.resolve("wrong"), "not the passphrase\n");
        Path csr = files.resolve("request.pem");
        assertThat(run("create-csr", "--subject", "CN=request", "-o", csr.toString()).code()).isZero();
        int before = itemCount();

        CliRun.Result decode = run("import", garbage.toString());
        assertThat(decode.code()).isEqualTo(65);
        assertThat(decode.err()).startsWith("latchkey: DECODE: " + garbage + ": ").doesNotContain("Exception");
        assertThat(run("import", truncated.toString()).err()).startsWith("latchkey: DECODE: ");
        CliRun.Result wrongPassphrase = run("import", p12.toString(), "--passphrase-file", wrong.toString());
        assertThat(wrongPassphrase.code()).as("a file's passphrase is not the keychain password").isEqualTo(65);
        assertThat(wrongPassphrase.err()).startsWith("latchkey: WRONG_PASSPHRASE: ");
        CliRun.Result unsupported = run("import", csr.toString());
        assertThat(unsupported.code()).isEqualTo(65);
        assertThat(unsupported.err()).startsWith("latchkey: UNSUPPORTED_FORMAT: ").contains("request");
        assertThat(run("import", p12.toString(), "--format", "pem", "--passphrase-file", passphraseFile).err()).startsWith("latchkey: UNSUPPORTED_FORMAT: ");
        assertThat(run("import", files.resolve("missing.pem").toString()).code()).isEqualTo(2);
        assertThat(itemCount()).isEqualTo(before);

        cli.typing(TestPki.FILE_PASSPHRASE);
        assertThat(run("import", p12.toString()).code()).as("asks for the passphrase it needs").isZero();
        assertThat(itemCount()).isEqualTo(before + 4);
    }

    @Test
    void certificateAssistantMakesACaIssuesAndSignsRequests() throws Exception {
        Path caPem = files.resolve("ca.pem");
        assertThat(run("create-certificate", "--subject", "CN=Home CA, O=Home", "--ca", "--path-length", "0",
                "--not-before", "2025-01-01T00:00:00Z", "--days", "3650", "-o", caPem.toString()).code()).isZero();
        Path server = files.resolve("server.pem");
        CliRun.Result issued = run("create-certificate", "--issuer", "Home CA", "--subject", "CN=nas.home.test",
                "--dns", "nas.home.test", "-a", "rsa", "--not-before", "2025-01-01T00:00:00Z", "--days", "1000", "-o", server.toString(),
                "--json");
        assertThat(issued.code()).as(issued.err()).isZero();
        assertThat(JSON.readTree(issued.out()).get("issuer").asText()).isEqualTo("CN=Home CA,O=Home");

        Path request = files.resolve("client.csr");
        CliRun.Result csr = run("create-csr", "--subject", "CN=client.home.test", "--email", "me@home.test",
                "-o", request.toString());
        assertThat(csr.err()).contains("Stored the private key \"client.home.test\"");
        assertThat(Files.readString(request)).startsWith("-----BEGIN CERTIFICATE REQUEST-----");
        Path client = files.resolve("client.pem");
        assertThat(run("create-certificate", "--issuer", "Home CA", "--csr", request.toString(), "--eku", "clientAuth",
                "--not-before", "2025-01-01T00:00:00Z", "--days", "1000", "-o", client.toString()).code()).isZero();

        assertThat(run("find-identity", "-p", "ssl-client", "--json").out()).contains("\"client.home.test\"",
                "\"nas.home.test\"", "\"Home CA\"");
        CliRun.Result serverTrust = run("verify-cert", "-L", "-c", server.toString(), "-r", caPem.toString(), "-p",
                "ssl", "-n", "nas.home.test", "-d", DURING);
        assertThat(serverTrust.code()).as(serverTrust.out()).isZero();
        CliRun.Result clientTrust = run("verify-cert", "-L", "-c", client.toString(), "-r", caPem.toString(), "-p",
                "ssl-client", "-d", DURING);
        assertThat(clientTrust.code()).as(clientTrust.out()).isZero();

        assertThat(run("create-keypair", "-a", "ed25519", "signing").out()).isEqualTo("Created Ed25519 private key \"signing\".\n");
        assertThat(run("create-csr", "--key", "signing", "--subject", "CN=renewal").out())
                .startsWith("-----BEGIN CERTIFICATE REQUEST-----");
        assertThat(run("create-keypair", "-a", "rsa", "-s", "1024").code()).isEqualTo(2);
        assertThat(run("create-certificate", "--issuer", "nas.home.test", "--subject", "CN=x").err())
                .as("not a CA").startsWith("latchkey: PARAM: ");
    }

    @Test
    void aPrivateKeyIsNeverPrintedByDumpKeychain() throws Exception {
        assertThat(run("create-keypair", "lonely").code()).isZero();
        CliRun.Result dump = run("dump-keychain", "-d");
        assertThat(dump.out()).contains("class: \"keys\"", "labl=\"lonely\"").doesNotContain("password:");
    }
}
