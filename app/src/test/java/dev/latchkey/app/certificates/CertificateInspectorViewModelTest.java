package dev.latchkey.app.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.trust.PolicyKind;
import dev.latchkey.crypto.trust.TrustSetting;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.trust.TrustSettings;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class CertificateInspectorViewModelTest {
    @TempDir
    Path home;
    private TestKeychains t;
    private Keychain login;
    private final List<String> opened = new ArrayList<>();
    private final CertificateWindows windows = new CertificateWindows() {
        @Override
        public void inspect(Keychain keychain, Item item) {
            opened.add("inspect " + item.displayName());
        }

        @Override
        public void evaluate(Item certificate, Keychain trustKeychain) {
            opened.add("evaluate " + certificate.displayName() + " in " + trustKeychain.ref().name());
        }

        @Override
        public void viewAsn1(String name, byte[] der) {
            opened.add("asn1 " + name + " " + der.length + " bytes");
        }

        @Override
        public void viewPublicKeyAsn1(Keychain keychain, Item key) {
            opened.add("public key asn1 " + key.displayName());
        }

        @Override
        public void export(Keychain keychain, List<Item> items) {
            opened.add("export " + items.size());
        }
    };

    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        TestKeychains.importTestPki(login);
    }

    private CertificateInspectorViewModel inspect(X509Certificate certificate) throws LatchkeyException {
        Item item = TestKeychains.certificateItem(login, certificate);
        ItemTexts texts = new ItemTexts(t.messages, Locale.ENGLISH, ZoneOffset.UTC);
        return new CertificateInspectorViewModel(InspectedCertificate.read(login, item), login, t.service,
                new TrustCheck(t.time), windows, new CertificateDetails(texts), t.runner, t.errors, t.messages);
    }

    private static DetailSection section(CertificateInspectorViewModel vm, String title) {
        return vm.sections().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow(
                () -> new AssertionError("no section " + title + " in " + vm.sections()));
    }

    @Test
    void showsEveryFieldExtensionAndFingerprint() throws Exception {
        X509Certificate leaf = TestPki.get().leaf.chain().get(0);
        CertificateInspectorViewModel vm = inspect(leaf);

        assertThat(vm.isIdentity()).isTrue();
        assertThat(vm.subtitle()).isEqualTo("Identity (certificate and private key) in “login”");
        assertThat(section(vm, "Subject Name").rows()).extracting(DetailSection.Row::value).contains(TestPki.LEAF);
        assertThat(section(vm, "Issuer Name").rows()).extracting(DetailSection.Row::value)
                .contains("Latchkey Test Intermediate");
        assertThat(section(vm, "Certificate").value("Serial Number")).isNotBlank();
        assertThat(section(vm, "Certificate").value("Not Valid After")).contains("2030");
        assertThat(section(vm, "Public Key and Signature").value("Signature Algorithm")).contains("1.2.840.10045.4.3.2");
        assertThat(section(vm, "Private Key").value("Algorithm")).startsWith("EC");
        assertThat(vm.sections()).extracting(DetailSection::title)
                .contains("Extension: Subject Alternative Name", "Extension: Basic Constraints");
        String sha256 = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(CertificateAttributes.sha256(leaf));
        assertThat(section(vm, "Fingerprints").value("SHA-256").replace(":", " ")).isEqualTo(sha256);
        assertThat(section(vm, "Fingerprints").value("SHA-1")).isNotBlank();
        assertThat(vm.pem()).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void aTrustChoiceIsStoredAndChangesTheBanner() throws Exception {
        X509Certificate root = TestPki.get().root.chain().get(0);
        CertificateInspectorViewModel vm = inspect(root);
        assertThat(vm.isIdentity()).as("the file holds the root without its key").isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo(CertificateStatus.NOT_TRUSTED);
        assertThat(vm.trust().editableProperty().get()).isTrue();
        assertThat(vm.trustNote()).isEqualTo("Trust choices are kept in the keychain “login”.");

        vm.trust().allPoliciesProperty().set(TrustSetting.ALWAYS_TRUST);
        assertThat(new TrustSettings(login).of(root).allPolicies()).isEqualTo(TrustSetting.ALWAYS_TRUST);
        assertThat(vm.statusProperty().get()).isEqualTo(CertificateStatus.VALID);
        assertThat(vm.verdictTitleProperty().get()).isEqualTo("This certificate is valid");
        assertThat(vm.verdictDetailProperty().get()).isEqualTo("Trusted through your trust settings.");

        vm.trust().policyProperty(PolicyKind.SMIME).set(TrustSetting.NEVER_TRUST);
        assertThat(new TrustSettings(login).of(root).get(PolicyKind.SMIME)).isEqualTo(TrustSetting.NEVER_TRUST);
        assertThat(vm.statusProperty().get()).isEqualTo(CertificateStatus.NOT_TRUSTED);
        assertThat(vm.verdictDetailProperty().get()).isEqualTo("You set it to Never Trust for Secure Mail (S/MIME).");
    }

    @Test
    void theLeafIsValidOnceItsRootIsTrustedAndExpiresLater() throws Exception {
        new TrustSettings(login).set(TestPki.get().root.chain().get(0), null, TrustSetting.ALWAYS_TRUST);
        CertificateInspectorViewModel vm = inspect(TestPki.get().leaf.chain().get(0));
        assertThat(vm.statusProperty().get()).isEqualTo(CertificateStatus.VALID);
        assertThat(vm.verdictDetailProperty().get()).isEqualTo("Trusted through your trust settings.");

        t.time.advance(Duration.ofDays(5 * 365));
        vm.checkTrust();
        assertThat(vm.statusProperty().get()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(vm.verdictTitleProperty().get()).isEqualTo("This certificate has expired");
    }

    @Test
    void opensTheTrustViewerAndExportAndClosesWhenTheKeychainLocks() throws Exception {
        CertificateInspectorViewModel vm = inspect(TestPki.get().leaf.chain().get(0));
        vm.evaluate();
        vm.export();
        assertThat(opened).containsExactly("evaluate " + TestPki.LEAF + " in login", "export 1");

        t.service.lock(login.ref());
        assertThat(vm.closedProperty().get()).isTrue();
    }

    @Test
    void viewAsn1ShowsTheCertificatesDer() throws Exception {
        X509Certificate leaf = TestPki.get().leaf.certificate();
        inspect(leaf).viewAsn1();
        assertThat(opened).containsExactly("asn1 " + TestPki.LEAF + " " + leaf.getEncoded().length + " bytes");
    }
}
