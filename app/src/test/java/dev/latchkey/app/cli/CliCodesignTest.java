package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.crypto.interop.Jdk;
import dev.latchkey.crypto.interop.OpenSsl;
import dev.latchkey.crypto.interop.TestJars;
import dev.latchkey.crypto.interop.TestTsa;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.pkcs12.Pkcs12Protection;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code latchkey codesign} against {@code jarsigner}, with a timestamp authority on loopback:
 * signing with a keychain identity, verifying what jarsigner signed, a changed entry, an entry
 * added after signing, and an expired signer with and without a timestamp.
 */
class CliCodesignTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestPki.Signers PKI = TestPki.signers();

    @TempDir
    Path home;
    @TempDir
    Path files;
    CliRun cli;
    String pwFile;
    TestTsa tsa;

    @BeforeEach
    void setUp() throws Exception {
        Jdk.tool("jarsigner");
        cli = new CliRun(home);
        pwFile = Files.writeString(files.resolve("pw"), "keychain password\n").toString();
        Files.writeString(files.resolve("root.crt"), TestPki.pem(PKI.root.certificate()));
        tsa = new TestTsa(PKI.tsa);
        assertThat(run("create-keychain", "login").code()).isZero();
        Path p12 = Files.write(files.resolve("ids.p12"), MaterialWriter.identities(ExportFormat.PKCS12,
                List.of(PKI.ec, PKI.expired), List.of(), "pass".toCharArray(), Pkcs12Protection.AES_256_SHA256));
        Files.writeString(files.resolve("pass"), "pass\n");
        assertThat(run("import", p12.toString(), "--passphrase-file", files.resolve("pass").toString()).code()).isZero();
    }

    @AfterEach
    void stopTsa() {
        tsa.close();
    }

    private CliRun.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--password-file", pwFile));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private CliRun.Result verify(Path jar, String... extra) {
        List<String> all = new ArrayList<>(List.of("codesign", "--verify", jar.toString(), "-L", "-r",
                files.resolve("root.crt").toString()));
        all.addAll(List.of(extra));
        return cli.run(all.toArray(String[]::new));
    }

    private Path jar(String name) throws IOException {
        return TestJars.write(files.resolve(name), List.of("dev/example/Main.class", "config.properties"));
    }

    @Test
    void signWithAKeychainIdentityThatJarsignerAccepts() throws Exception {
        Path jar = jar("app.jar");
        CliRun.Result signed = run("codesign", "--sign", jar.toString(), "--identity", "Alice (EC)", "--tsa",
                tsa.uri().toString());
        assertThat(signed.code()).as(signed.err()).isZero();
        OpenSsl.Run jarsigner = Jdk.run(files, "jarsigner", "-verify", "-verbose", jar.toString());
        assertThat(jarsigner.exit()).isZero();
        assertThat(jarsigner.output()).contains("jar verified.", "Timestamped by");
        CliRun.Result verified = verify(jar);
        assertThat(verified.code()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("valid, signer trusted", "entries: 2 signed, 0 unsigned, 0 changed",
                "signer ALICEEC: CN=Alice (EC),O=Latchkey", "by CN=Test Timestamp Authority,O=Latchkey (valid)",
                "(the timestamp): trusted");
        JsonNode json = JSON.readTree(verify(jar, "--json").out());
        assertThat(json.get("outcome").asText()).isEqualTo("VALID");
        assertThat(json.at("/signers/0/timestamp/valid").asBoolean()).isTrue();
        CliRun.Result untrusted = cli.run("codesign", "--verify", jar.toString(), "-L");
        assertThat(untrusted.code()).isEqualTo(60);
        assertThat(untrusted.out()).contains("signer NOT trusted");
    }

    @Test
    void verifyWhatJarsignerSigned() throws Exception {
        Path store = Files.write(files.resolve("rsa.p12"), MaterialWriter.identities(ExportFormat.PKCS12,
                List.of(new Identity("rsa", PKI.rsa.privateKey(), List.of(PKI.rsa.certificate(),
                        PKI.root.certificate()))), List.of(), "storepass".toCharArray(), Pkcs12Protection.AES_256_SHA256));
        Path jar = jar("theirs.jar");
        OpenSsl.Run sign = Jdk.run(files, "jarsigner", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", "storepass", jar.toString(), "rsa");
        assertThat(sign.exit()).as(sign.output()).isZero();
        CliRun.Result verified = verify(jar);
        assertThat(verified.code()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out()).contains("timestamp: none", "(now): trusted");
    }

    @Test
    void changedAndAddedEntriesFail() throws Exception {
        Path jar = jar("app.jar");
        assertThat(run("codesign", "--sign", jar.toString(), "--identity", "Alice (EC)").code()).isZero();
        Path changed = TestJars.rewrite(jar, files.resolve("changed.jar"), "config.properties", "admin=true", false);
        CliRun.Result one = verify(changed);
        assertThat(one.code()).isEqualTo(60);
        assertThat(one.out()).contains("INVALID", "changed: config.properties");
        assertThat(one.err().strip()).isEqualTo("latchkey: TRUST_FAILED: " + changed
                + " does not match its signature: config.properties was changed");
        Path added = TestJars.rewrite(jar, files.resolve("added.jar"), "dev/example/Extra.class", "x", true);
        CliRun.Result two = verify(added);
        assertThat(two.code()).isEqualTo(60);
        assertThat(two.out()).contains("unsigned: dev/example/Extra.class");
        assertThat(JSON.readTree(verify(added, "--json").out()).get("unsignedEntries").get(0).asText())
                .isEqualTo("dev/example/Extra.class");
        assertThat(verify(jar("plain.jar")).err()).contains("is not signed");
        Files.writeString(files.resolve("text.jar"), "not a zip");
        CliRun.Result garbage = verify(files.resolve("text.jar"));
        assertThat(garbage.code()).isEqualTo(65);
        assertThat(garbage.err().strip()).doesNotContain("\n").startsWith("latchkey: DECODE: ");
    }

    @Test
    void anExpiredSignerIsGoodOnlyWithATimestampFromWhenItWasValid() throws Exception {
        Path stamped = jar("stamped.jar");
        tsa.at(TestPki.Signers.EXPIRED_SIGNER_VALID_AT);
        assertThat(run("codesign", "--sign", stamped.toString(), "--identity", "Alice (expired)", "--tsa",
                tsa.uri().toString()).code()).isZero();
        CliRun.Result good = verify(stamped);
        assertThat(good.code()).as(good.out()).isZero();
        assertThat(good.out()).contains("at " + TestPki.Signers.EXPIRED_SIGNER_VALID_AT + " (the timestamp): trusted");

        Path bare = jar("bare.jar");
        assertThat(run("codesign", "--sign", bare.toString(), "--identity", "Alice (expired)").code()).isZero();
        CliRun.Result expired = verify(bare);
        assertThat(expired.code()).isEqualTo(60);
        assertThat(expired.out()).contains("(now): not trusted", "EXPIRED");
        assertThat(Jdk.run(files, "jarsigner", "-verify", bare.toString()).output()).contains("expired");
    }
}
