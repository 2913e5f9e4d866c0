package dev.latchkey.app.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.items.ItemRow;
import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.ManualTime;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.trust.TrustSetting;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.trust.TrustSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class TrustBannerViewModelTest {
    @TempDir
    Path home;
    private TestKeychains t;
    private Keychain login;
    private ItemTexts texts;
    private final SimpleObjectProperty<ItemRow> focused = new SimpleObjectProperty<>();
    private TrustBannerViewModel vm;
    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        TestKeychains.importTestPki(login);
        texts = new ItemTexts(t.messages, Locale.ENGLISH, ZoneOffset.UTC);
        vm = new TrustBannerViewModel(focused, () -> login, new TrustCheck(t.time), t.runner, texts);
    }

    private void select(Item item) {
        focused.set(ItemRow.of(item, login.ref(), texts));
    }

    private Item leaf() throws LatchkeyException {
        return TestKeychains.certificateItem(login, TestPki.get().leaf.chain().get(0));
    }

    @Test
    void hiddenUnlessACertificateIsSelected() throws Exception {
        assertThat(vm.visibleProperty().get()).isFalse();
        select(login.get(TestKeychains.addNote(login, "Note", "text")).orElseThrow());
        assertThat(vm.visibleProperty().get()).isFalse();
        select(leaf());
        assertThat(vm.visibleProperty().get()).isTrue();
    }

    @Test
    void saysNotTrustedThenValidOnceTheRootIsTrusted() throws Exception {
        select(leaf());
        assertThat(vm.statusProperty().get()).isEqualTo(CertificateStatus.NOT_TRUSTED);
        assertThat(vm.titleProperty().get()).isEqualTo("This certificate is not trusted");
        assertThat(vm.detailProperty().get()).isNotBlank().doesNotContain("\n");
        assertThat(vm.issuedProperty().get()).startsWith("Issued by Latchkey Test Intermediate · Expires ");

        // Trust settings live in the keychain: the banner follows the change.
        new TrustSettings(login).set(TestPki.get().root.chain().get(0), null, TrustSetting.ALWAYS_TRUST);
        assertThat(vm.statusProperty().get()).isEqualTo(CertificateStatus.VALID);
        assertThat(vm.titleProperty().get()).isEqualTo("This certificate is valid");
    }

    @Test
    void saysExpiredAndNotYetValidByTheClock() throws Exception {
        new TrustSettings(login).set(TestPki.get().root.chain().get(0), null, TrustSetting.ALWAYS_TRUST);
        t.time.advance(Duration.ofDays(5 * 365));
        select(leaf());
        assertThat(vm.statusProperty().get()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(vm.issuedProperty().get()).contains("Expired ");

        ManualTime early = new ManualTime(TestPki.START.minus(Duration.ofDays(30)));
        TrustBannerViewModel before = new TrustBannerViewModel(focused, () -> login, new TrustCheck(early),
                t.runner, texts);
        assertThat(before.statusProperty().get()).isEqualTo(CertificateStatus.NOT_YET_VALID);
        assertThat(before.titleProperty().get()).isEqualTo("This certificate is not yet valid");
    }
}
