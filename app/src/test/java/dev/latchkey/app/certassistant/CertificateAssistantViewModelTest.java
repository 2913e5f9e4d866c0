package dev.latchkey.app.certassistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.certassistant.CertificateAssistantViewModel.Page;
import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredIdentity;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class CertificateAssistantViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path out;
    private TestKeychains t;
    private Keychain login;
    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
    }

    private CertificateAssistantViewModel assistant(AssistantTask task) {
        CertificateAssistantViewModel vm = new CertificateAssistantViewModel(login, t.time, t.runner, t.errors,
                new ItemTexts(t.messages, Locale.ENGLISH, ZoneOffset.UTC), out);
        vm.startAt(task);
        vm.load();
        return vm;
    }

    private StoredIdentity identityNamed(String label) throws LatchkeyException {
        return new KeychainCertificates(login).identities().stream()
                .filter(i -> i.certificate().label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void startsAtTheIntroductionAndWalksTheSteps() {
        CertificateAssistantViewModel vm = new CertificateAssistantViewModel(login, t.time, t.runner, t.errors,
                new ItemTexts(t.messages, Locale.ENGLISH, ZoneOffset.UTC), out);
        assertThat(vm.pageProperty().get()).isEqualTo(Page.INTRO);
        assertThat(vm.canCreateBinding().get()).isFalse();
        vm.taskProperty().set(AssistantTask.SELF_SIGNED);
        vm.next();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.DETAILS);
        vm.back();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.INTRO);
    }

    @Test
    void makesASelfSignedIdentity() throws Exception {
        CertificateAssistantViewModel vm = assistant(AssistantTask.SELF_SIGNED);
        assertThat(vm.problemBinding().get()).isEqualTo("Enter a common name or another part of the subject.");
        vm.subject().commonNameProperty().set("dev.example.test");
        vm.subject().dnsNamesProperty().set("dev.example.test, *.dev.example.test");
        vm.subject().countryProperty().set("Britain");
        assertThat(vm.problemBinding().get()).isEqualTo("The country is two letters, such as GB or US.");
        vm.subject().countryProperty().set("GB");
        vm.algorithmProperty().set(KeyAlgorithm.EC_P256);
        assertThat(vm.canCreateBinding().get()).isTrue();

        vm.create();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.DONE);
        assertThat(vm.resultTitleProperty().get()).startsWith("Created the certificate");
        Item created = login.get(vm.createdProperty().get()).orElseThrow();
        X509Certificate c = CertificateAttributes.certificate(created);
        assertThat(c.getSubjectX500Principal()).isEqualTo(c.getIssuerX500Principal());
        assertThat(c.getSubjectAlternativeNames().stream().map(n -> (Object) n.get(1)).toList())
                .containsExactly("dev.example.test", "*.dev.example.test");
        assertThat(new KeychainCertificates(login).identities()).hasSize(1);
    }

    @Test
    void aCertificateAuthorityIssuesAnIdentity() throws Exception {
        CertificateAssistantViewModel ca = assistant(AssistantTask.CERTIFICATE_AUTHORITY);
        ca.subject().organizationProperty().set("Example");
        assertThat(ca.problemBinding().get()).isEqualTo("A certificate authority needs a common name.");
        ca.subject().commonNameProperty().set("Example Root CA");
        ca.certificate().validityDaysProperty().set("0");
        assertThat(ca.problemBinding().get()).startsWith("The validity is a number of days from 1 to ");
        ca.certificate().validityDaysProperty().set("3650");
        ca.create();
        assertThat(ca.pageProperty().get()).isEqualTo(Page.DONE);

        CertificateAssistantViewModel issue = assistant(AssistantTask.ISSUE);
        assertThat(issue.authorities()).extracting(i -> i.certificate().label()).containsExactly("Example Root CA");
        assertThat(issue.issuerProperty().get()).isNotNull();
        issue.subject().commonNameProperty().set("api.example.test");
        issue.subject().dnsNamesProperty().set("api.example.test");
        issue.create();
        assertThat(issue.pageProperty().get()).isEqualTo(Page.DONE);
        X509Certificate issued = identityNamed("api.example.test").certificate().certificate();
        X509Certificate root = identityNamed("Example Root CA").certificate().certificate();
        assertThat(issued.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
        issued.verify(root.getPublicKey());
        assertThat(issued.getBasicConstraints()).isEqualTo(-1);
    }

    @Test
    void aRequestIsWrittenAndSignedByTheAuthority() throws Exception {
        CertificateAssistantViewModel ca = assistant(AssistantTask.CERTIFICATE_AUTHORITY);
        ca.subject().commonNameProperty().set("Signing CA");
        ca.create();

        CertificateAssistantViewModel request = assistant(AssistantTask.REQUEST);
        request.subject().commonNameProperty().set("client.example.test");
        assertThat(request.outputFileProperty().get()).isEqualTo(out.resolve("client.example.test.csr").toString());
        request.create();
        Path csr = out.resolve("client.example.test.csr");
        assertThat(Files.readString(csr)).startsWith("-----BEGIN CERTIFICATE REQUEST-----");
        assertThat(login.items()).filteredOn(i -> i.itemClass() == ItemClass.KEY).hasSize(2);

        CertificateAssistantViewModel sign = assistant(AssistantTask.SIGN_REQUEST);
        sign.requestFileProperty().set(out.resolve("missing.csr").toString());
        assertThat(sign.requestSummaryProperty().get()).isEqualTo("There is no such file.");
        Path garbage = Files.writeString(out.resolve("garbage.csr"), "not a request");
        sign.requestFileProperty().set(garbage.toString());
        assertThat(sign.problemBinding().get()).isEqualTo("That file is not a certificate request.");
        sign.requestFileProperty().set(csr.toString());
        assertThat(sign.requestSummaryProperty().get()).contains("client.example.test");
        sign.create();
        assertThat(sign.pageProperty().get()).isEqualTo(Page.DONE);
        assertThat(new KeychainCertificates(login).identities()).extracting(i -> i.certificate().label())
                .contains("client.example.test");
    }
}
