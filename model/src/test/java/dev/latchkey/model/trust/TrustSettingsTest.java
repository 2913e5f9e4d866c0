package dev.latchkey.model.trust;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.trust.PolicyKind;
import dev.latchkey.crypto.trust.TrustSetting;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Fixtures;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.store.RawKeychainDatabase;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustSettingsTest {
    @TempDir
    Path home;
    KeychainService service;
    KeychainRef ref;
    final X509Certificate root = TestPki.get().root.certificate();

    @BeforeEach
    void setUp() throws Exception {
        service = Fixtures.service(home, Fixtures.clock());
        ref = service.create("login", PASSWORD);
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    @Test
    void choicesPerPolicyWinOverTheOneForAllAndDefaultTakesAChoiceBack() throws Exception {
        try (Keychain k = service.unlock(ref, PASSWORD)) {
            TrustSettings settings = new TrustSettings(k);
            settings.set(root, null, TrustSetting.ALWAYS_TRUST);
            settings.set(root, PolicyKind.SMIME, TrustSetting.NEVER_TRUST);
        }
        try (Keychain k = service.unlock(ref, PASSWORD)) {
            TrustSettings settings = new TrustSettings(k);
            CertificateTrust trust = settings.of(root);
            assertThat(trust.effective(PolicyKind.SSL_SERVER)).isEqualTo(TrustSetting.ALWAYS_TRUST);
            assertThat(trust.effective(PolicyKind.SMIME)).isEqualTo(TrustSetting.NEVER_TRUST);
            assertThat(trust.get(null)).isEqualTo(TrustSetting.ALWAYS_TRUST);
            assertThat(trust.get(PolicyKind.SSL_SERVER)).as("no choice of its own").isEqualTo(TrustSetting.DEFAULT);
            assertThat(settings.all()).containsExactly(trust);
            assertThat(k.items()).singleElement().satisfies(i -> {
                assertThat(i.itemClass()).isEqualTo(ItemClass.TRUST_SETTING);
                assertThat(i.displayName()).isEqualTo("Latchkey Test Root");
            });

            assertThat(settings.set(root, null, TrustSetting.DEFAULT).policies())
                    .isEqualTo(Map.of(PolicyKind.SMIME, TrustSetting.NEVER_TRUST));
            assertThat(settings.set(root, PolicyKind.SMIME, TrustSetting.DEFAULT).isEmpty()).isTrue();
            assertThat(k.items()).as("no choice left, no item").isEmpty();
            assertThat(settings.of(root).isEmpty()).isTrue();
            assertThat(catchThrowableOfType(LatchkeyException.class, () -> settings.remove(root)).status())
                    .isEqualTo(Status.ITEM_NOT_FOUND);
        }
    }

    @Test
    void aSettingChangedOutsideLatchkeyIsNeverUsed() throws Exception {
        UUID id;
        try (Keychain k = service.unlock(ref, PASSWORD)) {
            new TrustSettings(k).set(root, null, TrustSetting.NEVER_TRUST);
            id = k.items().stream().map(Item::id).findFirst().orElseThrow();
        }
        try (RawKeychainDatabase db = RawKeychainDatabase.open(ref.file())) {
            db.flipByte("items", "meta_ct", "item_id = ?", 20, id);
        }
        try (Keychain k = service.unlock(ref, PASSWORD)) {
            assertThat(catchThrowableOfType(LatchkeyException.class, () -> new TrustSettings(k).all()).status())
                    .isEqualTo(Status.TAMPERED);
            assertThat(catchThrowableOfType(LatchkeyException.class, () -> TrustService.builder().keychain(k))
                    .status()).isEqualTo(Status.TAMPERED);
        }

        try (RawKeychainDatabase db = RawKeychainDatabase.open(ref.file())) {
            db.execute("DELETE FROM items WHERE item_id = ?", id);
        }
        assertThat(catchThrowableOfType(LatchkeyException.class, () -> service.unlock(ref, PASSWORD)).status())
                .as("a removed setting").isEqualTo(Status.TAMPERED);
    }
}
