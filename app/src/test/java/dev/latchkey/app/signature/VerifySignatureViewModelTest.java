package dev.latchkey.app.signature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.certificates.TrustCheck;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.app.trustviewer.ChainLink;
import dev.latchkey.crypto.codesign.JarSigning;
import dev.latchkey.crypto.interop.TestJars;
import dev.latchkey.crypto.interop.TestTsa;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.trust.TrustSetting;
import dev.latchkey.model.codesign.CodeSignatureVerdict;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.trust.TrustSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Verify Signature without a stage: real signed JARs, a real keychain whose trust settings count. */
@ExtendWith(ClosesKeychains.class)
class VerifySignatureViewModelTest {
    private static final TestPki.Signers PKI = TestPki.signers();
    @TempDir
    Path home;
    @TempDir
    Path files;
    private TestKeychains t;
    private Keychain login;

    @BeforeEach
    void setUp() throws Exception {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        new TrustSettings(login).set(PKI.root.certificate(), null, TrustSetting.ALWAYS_TRUST);
    }

    private VerifySignatureViewModel viewModel(Keychain trust) {
        return new VerifySignatureViewModel(() -> trust, new TrustCheck(t.time), t.runner, t.errors, t.messages,
                Locale.ENGLISH, ZoneOffset.UTC);
    }

    private Path signed(Identity signer, TestTsa tsa) throws Exception {
        Path jar = TestJars.write(files.resolve("app.jar"), List.of("dev/example/Main.class", "config.properties"));
        Path target = files.resolve("signed.jar");
        JarSigning.sign(jar, target, signer.privateKey(), signer.chain(), "Alice", tsa == null ? null : tsa.uri());
        return target;
    }

    @Test
    void aSignatureByATrustedSignerIsValidAndExplained() throws Exception {
        VerifySignatureViewModel vm = viewModel(login);
        vm.verify(signed(PKI.ec, null));
        assertThat(vm.outcomeProperty().get()).isEqualTo(CodeSignatureVerdict.Outcome.VALID);
        assertThat(vm.verdictProperty().get()).isEqualTo("Valid: signed by a trusted signer");
        assertThat(vm.explanationProperty().get()).startsWith("Every entry of “signed.jar” is covered");
        assertThat(vm.entriesProperty().get()).isEqualTo("2 signed, 0 unsigned, 0 changed; digests: SHA-256");
        assertThat(vm.signerProperty().get()).isEqualTo("CN=Alice (EC),O=Latchkey");
        assertThat(vm.timestampProperty().get()).startsWith("None");
        assertThat(vm.evaluationProperty().get()).startsWith("Chain evaluated for Code Signing as of now");
        assertThat(vm.chain()).extracting(ChainLink::name).containsExactly("Alice (EC)", "Signing Test Root");
        assertThat(vm.chain()).extracting(ChainLink::mark).containsOnly(ChainLink.Mark.TRUSTED);
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void withoutTheKeychainsTrustTheSignerIsNotTrustedAndTheFindingSaysWhy() throws Exception {
        VerifySignatureViewModel vm = viewModel(null);
        vm.verify(signed(PKI.ec, null));
        assertThat(vm.outcomeProperty().get()).isEqualTo(CodeSignatureVerdict.Outcome.UNTRUSTED);
        assertThat(vm.chain()).isNotEmpty();
        assertThat(vm.chain().get(vm.chain().size() - 1).findings()).isNotEmpty();
    }

    @Test
    void aChangedEntryMakesItInvalidAndIsNamed() throws Exception {
        Path jar = signed(PKI.rsa, null);
        Path changed = TestJars.rewrite(jar, files.resolve("changed.jar"), "config.properties", "admin=true", false);
        VerifySignatureViewModel vm = viewModel(login);
        vm.verify(changed);
        assertThat(vm.outcomeProperty().get()).isEqualTo(CodeSignatureVerdict.Outcome.INVALID);
        assertThat(vm.problems()).singleElement().asString().startsWith("config.properties was changed after signing");
    }

    @Test
    void anExpiredSignerWithATimestampFromThenIsValid() throws Exception {
        try (TestTsa tsa = new TestTsa(PKI.tsa).at(TestPki.Signers.EXPIRED_SIGNER_VALID_AT)) {
            VerifySignatureViewModel vm = viewModel(login);
            vm.verify(signed(PKI.expired, tsa));
            assertThat(vm.outcomeProperty().get()).isEqualTo(CodeSignatureVerdict.Outcome.VALID);
            // Since Java 20 (CLDR 42) the English time format has a narrow no-break space before AM.
            assertThat(vm.timestampProperty().get())
                    .isEqualTo("Jun 1, 2020, 12:00:00\u202FAM, by Test Timestamp Authority");
            assertThat(vm.evaluationProperty().get()).startsWith("Chain evaluated for Code Signing as of the timestamp");
        }
    }

    @Test
    void aFileThatIsNotAJarIsSaidInline() throws IOException {
        VerifySignatureViewModel vm = viewModel(login);
        vm.verify(Files.writeString(files.resolve("notes.txt"), "hello"));
        assertThat(vm.fileErrorProperty().get()).startsWith("The file is not a JAR");
        assertThat(vm.verifiedProperty().get()).isFalse();
        assertThat(t.dialogs.errors).isEmpty();
    }
}
