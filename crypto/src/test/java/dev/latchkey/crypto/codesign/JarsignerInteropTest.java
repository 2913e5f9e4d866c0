package dev.latchkey.crypto.codesign;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The code-signing interop table with the JDK's {@code jarsigner}, both ways, for RSA, EC and
 * Ed25519 signers, with and without an RFC 3161 timestamp from a TSA on loopback; and the
 * failures both must see: a changed entry, an entry added after signing, a changed signature.
 */
class JarsignerInteropTest {
    private static final TestPki.Signers PKI = TestPki.signers();
    private static final String STORE_PASSWORD = "store password";
    private static TestTsa tsa;

    @TempDir
    Path dir;

    @BeforeAll
    static void startTsa() throws IOException {
        Jdk.tool("jarsigner");
        tsa = new TestTsa(PKI.tsa);
    }

    @AfterAll
    static void stopTsa() {
        tsa.close();
    }

    private Path unsignedJar() throws IOException {
        return TestJars.write(dir.resolve("app.jar"), List.of("META-INF/MANIFEST.MF", "dev/example/Main.class",
                "dev/example/Util.class", "config.properties"));
    }

    private static Identity identity(String key) {
        return switch (key) {
            case "RSA" -> PKI.rsa;
            case "EC" -> PKI.ec;
            default -> PKI.ed25519;
        };
    }

    @ParameterizedTest(name = "{0}: latchkey signs (timestamped), jarsigner -verify accepts")
    @ValueSource(strings = {"RSA", "EC", "Ed25519"})
    void latchkeySignsJarsignerVerifies(String key) throws Exception {
        Identity signer = identity(key);
        Path signed = dir.resolve("signed.jar");
        JarSigning.sign(unsignedJar(), signed, signer.privateKey(), signer.chain(), "Alice", tsa.uri());
        OpenSsl.Run run = Jdk.run(dir, "jarsigner", "-verify", "-verbose", signed.toString());
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("jar verified.", "Timestamped by \"CN=Test Timestamp Authority");
        JarReport report = JarVerifier.verify(signed);
        assertThat(report.intact()).isTrue();
        assertThat(report.signers()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("ALICE");
            assertThat(s.certificate()).isEqualTo(signer.certificate());
            assertThat(s.timestamp()).hasValueSatisfying(t -> assertThat(t.valid()).as(t.problem()).isTrue());
        });
    }

    @ParameterizedTest(name = "{0}: jarsigner -sign (timestamped), latchkey verifies")
    @ValueSource(strings = {"RSA", "EC", "Ed25519"})
    void jarsignerSignsLatchkeyVerifies(String key) throws Exception {
        Identity signer = identity(key);
        Path store = Files.write(dir.resolve("signer.p12"), MaterialWriter.identities(ExportFormat.PKCS12,
                List.of(new Identity("signer", signer.privateKey(), List.of(signer.certificate(),
                        PKI.root.certificate()))), List.of(), STORE_PASSWORD.toCharArray(),
                Pkcs12Protection.AES_256_SHA256));
        Path jar = unsignedJar();
        // Named, not left to the JDK: jarsigner's defaults moved from SHA-256 to SHA-384 in JDK 20.
        String signatureAlgorithm = switch (key) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> "Ed25519";
        };
        OpenSsl.Run run = Jdk.run(dir, "jarsigner", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", STORE_PASSWORD, "-digestalg", "SHA-256", "-sigalg", signatureAlgorithm,
                "-tsadigestalg", "SHA-256", "-tsa", tsa.uri().toString(), jar.toString(), "signer");
        assertThat(run.exit()).as(run.output()).isZero();
        JarReport report = JarVerifier.verify(jar);
        assertThat(report.intact()).as(report.toString()).isTrue();
        assertThat(report.signedEntries()).containsExactlyInAnyOrder("dev/example/Main.class",
                "dev/example/Util.class", "config.properties");
        assertThat(report.manifestDigests()).containsExactly("SHA-256");
        JarSignerReport s = report.signers().get(0);
        assertThat(s.certificate()).isEqualTo(signer.certificate());
        assertThat(s.digestAlgorithm()).isIn("SHA256", "SHA512");
        assertThat(s.timestamp()).hasValueSatisfying(t -> assertThat(t.valid()).as(t.problem()).isTrue());
    }

    @Test
    void aChangedEntryIsCaughtByBoth() throws Exception {
        Path signed = dir.resolve("signed.jar");
        JarSigning.sign(unsignedJar(), signed, PKI.ec.privateKey(), PKI.ec.chain(), "Alice", null);
        Path tampered = TestJars.rewrite(signed, dir.resolve("tampered.jar"), "config.properties", "admin=true", false);
        OpenSsl.Run run = Jdk.run(dir, "jarsigner", "-verify", tampered.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.output()).contains("config.properties");
        JarReport report = JarVerifier.verify(tampered);
        assertThat(report.intact()).isFalse();
        assertThat(report.tamperedEntries()).extracting(JarReport.Tampered::entry).containsExactly("config.properties");
        assertThat(report.signedEntries()).contains("dev/example/Main.class");
    }

    @Test
    void anEntryAddedAfterSigningIsUnsignedForBoth() throws Exception {
        Path signed = dir.resolve("signed.jar");
        JarSigning.sign(unsignedJar(), signed, PKI.rsa.privateKey(), PKI.rsa.chain(), "Alice", null);
        Path added = TestJars.rewrite(signed, dir.resolve("added.jar"), "dev/example/Extra.class", "sneaky", true);
        OpenSsl.Run run = Jdk.run(dir, "jarsigner", "-verify", added.toString());
        assertThat(run.output()).contains("unsigned entries");
        JarReport report = JarVerifier.verify(added);
        assertThat(report.intact()).isFalse();
        assertThat(report.unsignedEntries()).containsExactly("dev/example/Extra.class");
        assertThat(report.tamperedEntries()).isEmpty();
    }

    @Test
    void anUnsignedJarHasNoSigners() throws Exception {
        JarReport report = JarVerifier.verify(unsignedJar());
        assertThat(report.signed()).isFalse();
        assertThat(report.unsignedEntries()).hasSize(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JarVerifier.verify(Files.writeString(
                dir.resolve("not.jar"), "plain text"))).isInstanceOf(dev.latchkey.crypto.DecodeException.class);
    }

    @Test
    void anExpiredSignerIsTimestampedWhileItWasValid() throws Exception {
        Path stamped = dir.resolve("stamped.jar");
        try (TestTsa past = new TestTsa(PKI.tsa).at(TestPki.Signers.EXPIRED_SIGNER_VALID_AT)) {
            JarSigning.sign(unsignedJar(), stamped, PKI.expired.privateKey(), PKI.expired.chain(), "Old", past.uri());
        }
        JarSignerReport signer = JarVerifier.verify(stamped).signers().get(0);
        assertThat(signer.timestamp()).hasValueSatisfying(t -> {
            assertThat(t.valid()).as(t.problem()).isTrue();
            assertThat(t.time()).isEqualTo(TestPki.Signers.EXPIRED_SIGNER_VALID_AT);
        });
        OpenSsl.Run run = Jdk.run(dir, "jarsigner", "-verify", "-verbose", stamped.toString());
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("jar verified.", "Timestamped by").doesNotContain("has expired");

        Path bare = dir.resolve("bare.jar");
        JarSigning.sign(unsignedJar(), bare, PKI.expired.privateKey(), PKI.expired.chain(), "Old", null);
        assertThat(JarVerifier.verify(bare).signers().get(0).timestamp()).isEmpty();
        OpenSsl.Run bareRun = Jdk.run(dir, "jarsigner", "-verify", bare.toString());
        assertThat(bareRun.output()).contains("expired");
    }
}
