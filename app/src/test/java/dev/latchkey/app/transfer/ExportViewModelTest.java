package dev.latchkey.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.passwordassistant.StrengthViewModel;
import dev.latchkey.app.keychains.NewPassword;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.ScriptedAuthenticator;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.password.StrengthMeter;
import dev.latchkey.model.transfer.CertificateImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class ExportViewModelTest {
    private static final String PASSPHRASE = "orbit canyon velvet 73 harbor";
    @TempDir
    Path home;
    @TempDir
    Path out;
    private TestKeychains t;
    private Keychain login;
    private final ScriptedAuthenticator auth = new ScriptedAuthenticator();
    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        TestKeychains.importTestPki(login);
    }

    private ExportViewModel export(Item... items) {
        ExportViewModel vm = new ExportViewModel(login, List.of(items), auth,
                new NewPassword(new StrengthViewModel(new StrengthMeter(), t.messages), t.messages), t.dialogs,
                t.runner, t.errors, t.messages, out);
        vm.load();
        return vm;
    }

    private Item leaf() throws LatchkeyException {
        return TestKeychains.certificateItem(login, TestPki.get().leaf.chain().get(0));
    }

    @Test
    void anIdentityGoesToPkcs12UnderAPassphraseAndImportsAgain() throws Exception {
        ExportViewModel vm = export(leaf());
        assertThat(vm.choices()).startsWith(ExportChoice.IDENTITY_PKCS12, ExportChoice.IDENTITY_PEM);
        assertThat(vm.choiceProperty().get()).isEqualTo(ExportChoice.IDENTITY_PKCS12);
        assertThat(vm.pathProperty().get()).isEqualTo(out.resolve(TestPki.LEAF + ".p12").toString());
        assertThat(vm.needsPassphraseBinding().get()).isTrue();
        assertThat(vm.canExportBinding().get()).as("no passphrase yet").isFalse();
        vm.passphrasesChanged(PASSPHRASE.toCharArray(), "other".toCharArray());
        assertThat(vm.canExportBinding().get()).as("confirmation differs").isFalse();

        auth.types(TestKeychains.PASSWORD);
        t.time.advance(Duration.ofMinutes(2));
        vm.export(PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray());
        Path written = out.resolve(TestPki.LEAF + ".p12");
        assertThat(vm.exportedProperty().get()).isEqualTo(written);
        assertThat(auth.reasons).containsExactly("export the private key of “" + TestPki.LEAF + "”");

        Keychain other = t.unlocked("other");
        new CertificateImporter(other).importFile(Files.readAllBytes(written), PASSPHRASE.toCharArray());
        assertThat(other.items()).extracting(Item::itemClass).contains(ItemClass.CERTIFICATE, ItemClass.KEY);
    }

    @Test
    void withoutTheKeychainPasswordNothingIsWritten() throws Exception {
        ExportViewModel vm = export(leaf());
        auth.types(null);
        t.time.advance(Duration.ofMinutes(2));
        vm.export(PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray());
        assertThat(vm.exportedProperty().get()).isNull();
        try (var listing = Files.list(out)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void certificatesAloneNeedNoPassphrase() throws Exception {
        Item root = TestKeychains.certificateItem(login, TestPki.get().root.chain().get(0));
        ExportViewModel vm = export(root);
        assertThat(vm.choices()).containsExactly(ExportChoice.CERTIFICATE_PEM, ExportChoice.CERTIFICATE_DER,
                ExportChoice.CERTIFICATE_PKCS7);
        vm.choiceProperty().set(ExportChoice.CERTIFICATE_DER);
        assertThat(vm.pathProperty().get()).endsWith(".cer");
        assertThat(vm.needsPassphraseBinding().get()).isFalse();
        vm.export(new char[0], new char[0]);
        assertThat(Files.readAllBytes(vm.exportedProperty().get()))
                .isEqualTo(TestPki.get().root.chain().get(0).getEncoded());
        assertThat(auth.reasons).isEmpty();
    }

    @Test
    void aMixedSelectionIsRefusedInOneLine() throws Exception {
        Item key = login.items().stream().filter(i -> i.itemClass() == ItemClass.KEY).findFirst().orElseThrow();
        ExportViewModel vm = export(leaf(), key);
        assertThat(vm.errorProperty().get()).isEqualTo("Export certificates, identities or keys, one kind at a time.");
        assertThat(vm.canExportBinding().get()).isFalse();
    }
}
