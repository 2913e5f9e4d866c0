package dev.latchkey.app.trustviewer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.certificates.CertificateStatus;
import dev.latchkey.app.certificates.TrustCheck;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.material.NamedCertificate;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.trust.PolicyKind;
import dev.latchkey.crypto.trust.TrustResultType;
import dev.latchkey.crypto.trust.TrustSetting;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.trust.TrustSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class TrustViewerViewModelTest {
    @TempDir
    Path home;
    private TestKeychains t;
    private Keychain login;
    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        TestKeychains.importTestPki(login);
    }

    private TrustViewerViewModel viewer() {
        return new TrustViewerViewModel(TestPki.get().leaf.chain().get(0), TestPki.LEAF, login,
                new TrustCheck(t.time), t.runner, t.errors, t.messages, Locale.ENGLISH, ZoneOffset.UTC);
    }

    private void trustRoot() throws LatchkeyException {
        new TrustSettings(login).set(TestPki.get().root.chain().get(0), null, TrustSetting.ALWAYS_TRUST);
    }

    @Test
    void suggestsTheServerPolicyAndTheCertificatesHostName() {
        TrustViewerViewModel vm = viewer();
        assertThat(vm.policyProperty().get()).isEqualTo(PolicyKind.SSL_SERVER);
        assertThat(vm.nameProperty().get()).isEqualTo(TestPki.LEAF);
        assertThat(vm.nameLabelBinding().get()).isEqualTo("Host name");
        vm.policyProperty().set(PolicyKind.CODE_SIGNING);
        assertThat(vm.nameAppliesBinding().get()).isFalse();
        assertThat(vm.evaluatedProperty().get()).isFalse();
    }

    @Test
    void showsTheChainRootFirstWithAMarkOnEachLink() throws Exception {
        trustRoot();
        TrustViewerViewModel vm = viewer();
        vm.evaluate();
        assertThat(vm.trustedProperty().get()).isTrue();
        assertThat(vm.resultProperty().get()).as("a trust setting decided").isEqualTo(TrustResultType.PROCEED);
        assertThat(vm.verdictProperty().get()).isEqualTo("Trusted through your trust settings");
        assertThat(vm.chain()).extracting(ChainLink::name)
                .containsExactly(TestPki.LEAF, "Latchkey Test Intermediate", "Latchkey Test Root");
        assertThat(vm.chain()).extracting(ChainLink::role).containsExactly("Certificate",
                "Intermediate certificate authority", "Root certificate authority");
        assertThat(vm.chain()).extracting(ChainLink::mark).containsOnly(ChainLink.Mark.TRUSTED);
    }

    @Test
    void explainsAWrongHostNameAndAnUntrustedRootInWords() throws Exception {
        TrustViewerViewModel vm = viewer();
        vm.evaluate();
        assertThat(vm.trustedProperty().get()).isFalse();
        assertThat(vm.explanationProperty().get()).contains("No chain from “" + TestPki.LEAF + "”");

        trustRoot();
        vm.nameProperty().set("mail.example.test");
        vm.evaluate();
        assertThat(vm.trustedProperty().get()).isFalse();
        ChainLink leaf = vm.chain().get(0);
        assertThat(leaf.mark()).isEqualTo(ChainLink.Mark.WARNING);
        assertThat(leaf.findings()).anySatisfy(f -> assertThat(f).contains("mail.example.test"));
        assertThat(leaf.findings()).allSatisfy(f -> assertThat(f).doesNotContain("\n"));
    }

    @Test
    void aRevocationListFromOpenSslMarksTheLeafRevokedHereAndInTheBanner(@TempDir Path dir) throws Exception {
        trustRoot();
        TestPki pki = TestPki.get();
        Files.write(dir.resolve("ca.key"), MaterialWriter.privateKey(ExportFormat.PEM, pki.intermediate.privateKey(),
                null));
        Files.write(dir.resolve("ca.pem"), MaterialWriter.certificates(ExportFormat.PEM,
                List.of(NamedCertificate.unnamed(pki.intermediate.chain().get(0))), null));
        Files.write(dir.resolve("leaf.pem"), MaterialWriter.certificates(ExportFormat.PEM,
                List.of(NamedCertificate.unnamed(pki.leaf.chain().get(0))), null));
        Files.writeString(dir.resolve("ca.cnf"), "[ ca ]\ndefault_ca = ca_default\n[ ca_default ]\n"
                + "database = index.txt\ndefault_md = sha256\ndefault_crl_days = 30\n");
        Files.writeString(dir.resolve("index.txt"), "");
        openssl(dir, "ca", "-config", "ca.cnf", "-keyfile", "ca.key", "-cert", "ca.pem", "-revoke", "leaf.pem");
        openssl(dir, "ca", "-config", "ca.cnf", "-keyfile", "ca.key", "-cert", "ca.pem", "-gencrl", "-out", "crl.pem");

        // The list is issued now, so the check runs on the real clock (the PKI is valid until 2030).
        TrustCheck check = new TrustCheck(Clock.systemUTC());
        TrustViewerViewModel vm = new TrustViewerViewModel(pki.leaf.chain().get(0), TestPki.LEAF, login, check,
                t.runner, t.errors, t.messages, Locale.ENGLISH, ZoneOffset.UTC);
        assertThat(vm.crlStatusProperty().get()).isEqualTo("No revocation lists loaded");
        vm.addCrl(dir.resolve("leaf.pem"));
        assertThat(vm.crlErrorProperty().get()).isEqualTo("“leaf.pem” holds no certificate revocation list.");
        vm.addCrl(dir.resolve("crl.pem"));
        assertThat(vm.crlErrorProperty().get()).isEmpty();
        assertThat(vm.crlStatusProperty().get()).isEqualTo("1 revocation list loaded");
        assertThat(vm.trustedProperty().get()).isFalse();
        assertThat(vm.chain().get(0).mark()).isEqualTo(ChainLink.Mark.FAILED);
        assertThat(vm.chain().get(0).findings()).anySatisfy(f -> assertThat(f).containsIgnoringCase("revoked"));
        assertThat(check.verdict(pki.leaf.chain().get(0), login).status()).isEqualTo(CertificateStatus.REVOKED);
    }

    private static void openssl(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("openssl is not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    @Test
    void evaluatesAtAChosenTime() throws Exception {
        trustRoot();
        TrustViewerViewModel vm = viewer();
        vm.atNowProperty().set(false);
        vm.timeProperty().set("25:99");
        assertThat(vm.timeProblemBinding().get()).isEqualTo("Enter a date and a time as HH:mm.");
        assertThat(vm.canEvaluateBinding().get()).isFalse();

        vm.dateProperty().set(LocalDate.of(2031, 1, 1));
        vm.timeProperty().set("12:00");
        assertThat(vm.canEvaluateBinding().get()).isTrue();
        vm.evaluate();
        assertThat(vm.trustedProperty().get()).isFalse();
        assertThat(vm.chain().get(0).mark()).isNotEqualTo(ChainLink.Mark.TRUSTED);
        assertThat(vm.chain().get(0).findings()).anySatisfy(f -> assertThat(f).containsIgnoringCase("expired"));
    }
}
