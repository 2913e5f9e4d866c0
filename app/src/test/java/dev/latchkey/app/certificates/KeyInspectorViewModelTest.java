package dev.latchkey.app.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.issuing.KeychainIssuer;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredCertificate;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class KeyInspectorViewModelTest {
    @TempDir
    Path home;
    private TestKeychains t;
    private Keychain login;
    private ItemTexts texts;
    private final List<String> opened = new ArrayList<>();
    private final CertificateWindows windows = new CertificateWindows() {
        @Override
        public void inspect(Keychain keychain, Item item) {
            opened.add("inspect " + item.displayName());
        }

        @Override
        public void evaluate(Item certificate, Keychain trustKeychain) {
            opened.add("evaluate");
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
            opened.add("export " + items.get(0).itemClass());
        }
    };

    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        texts = new ItemTexts(t.messages, Locale.ENGLISH, ZoneOffset.UTC);
    }

    private KeyInspectorViewModel inspect(Item key) throws LatchkeyException {
        StoredCertificate paired = KeyInspectorViewModel.pairedCertificate(login, key).orElse(null);
        return new KeyInspectorViewModel(login, key, paired, t.service, windows, new CertificateDetails(texts), texts,
                t.runner);
    }

    @Test
    void theKeyOfAnIdentityShowsItsCertificate() throws Exception {
        TestKeychains.importTestPki(login);
        Item key = login.items().stream().filter(i -> i.itemClass() == ItemClass.KEY).findFirst().orElseThrow();
        KeyInspectorViewModel vm = inspect(key);
        assertThat(vm.hasCertificate()).isTrue();
        assertThat(vm.certificateNote()).isEmpty();
        assertThat(vm.sections()).extracting(DetailSection::title).containsExactly("Private Key", "Certificate");
        assertThat(vm.sections().get(0).value("Algorithm")).startsWith("EC");
        assertThat(vm.sections().get(1).value("Subject")).contains(TestPki.LEAF);
        vm.showCertificate();
        vm.export();
        vm.viewAsn1();
        assertThat(opened).containsExactly("inspect " + TestPki.LEAF, "export KEY", "asn1 " + key.displayName() + " "
                + TestPki.get().leaf.certificate().getPublicKey().getEncoded().length + " bytes");
    }

    @Test
    void aLoneKeySaysItHasNoCertificate() throws Exception {
        Item key = new KeychainIssuer(new KeychainCertificates(login)).createKeyPair(KeyAlgorithm.RSA_2048, "Lone");
        KeyInspectorViewModel vm = inspect(key);
        assertThat(vm.hasCertificate()).isFalse();
        assertThat(vm.certificateNote()).isEqualTo("“login” holds no certificate for this key.");
        assertThat(vm.sections().get(0).value("Algorithm")).isEqualTo("RSA, 2048 bits");
        vm.viewAsn1();
        assertThat(opened).as("its public half is derived by the window, which reads the key")
                .containsExactly("public key asn1 Lone");
    }
}
