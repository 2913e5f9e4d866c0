package dev.latchkey.model.transfer.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.AttributeCodec;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Fixtures;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.NewItem;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.keychain.SecretKind;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.material.SourceFormat;
import dev.latchkey.model.transfer.CertificateImporter;
import dev.latchkey.model.transfer.TransferFixtures;
import dev.latchkey.model.transfer.entries.DuplicatePolicy;
import dev.latchkey.model.transfer.entries.ImportResult;
import dev.latchkey.model.transfer.entries.PasswordImport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encrypted backup: a 10,000-item round trip equal item for item; wrong passphrase; tampering. */
class KeychainBackupTest {
    private static final char[] PASSPHRASE = "backup passphrase".toCharArray();

    @TempDir Path temp;

    /** Every item as attributes plus every secret, keyed by class and attributes (ids change on restore). */
    private static Map<String, Map<SecretKind, String>> contents(Keychain k) throws LatchkeyException {
        Map<String, Map<SecretKind, String>> out = new HashMap<>();
        for (Item item : k.items()) {
            Map<SecretKind, String> secrets = new HashMap<>();
            Map<SecretKind, Secret> read = k.readSecrets(item.id());
            read.forEach((kind, s) -> secrets.put(kind, Base64.getEncoder().encodeToString(s.bytes())));
            read.values().forEach(Secret::close);
            String key = item.itemClass() + ":" + Base64.getEncoder().encodeToString(AttributeCodec.encode(item.attributes()));
            assertThat(out.put(key, secrets)).as("items are distinct").isNull();
        }
        return out;
    }

    @Test
    void tenThousandItemsRoundTripItemForItem() throws Exception {
        Map<String, Map<SecretKind, String>> before;
        byte[] backup;
        try (Keychain k = TransferFixtures.keychain(temp.resolve("a"), "source")) {
            TransferFixtures.addSamples(k);
            new CertificateImporter(k).importMaterial(new KeyMaterial(SourceFormat.PKCS12,
                    List.of(TestPki.selfSigned("Backup Test")), List.of(), List.of(), List.of(), List.of(), List.of()));
            List<NewItem> many = new ArrayList<>();
            List<Secret> secrets = new ArrayList<>();
            for (int i = 0; i < 10_000 - k.size(); i++) {
                Secret s = TransferFixtures.text("password " + i + " ü");
                secrets.add(s);
                ItemAttributes a = Fixtures.generic("service " + i, "user" + (i % 97));
                many.add(new NewItem(ItemClass.GENERIC_PASSWORD, a, s));
            }
            k.addAll(many);
            secrets.forEach(Secret::close);
            assertThat(k.size()).isEqualTo(10_000);
            before = contents(k);
            backup = KeychainBackup.create(k, PASSPHRASE, TransferFixtures.kdf(), Progress.NONE);
        }
        try (Keychain restored = TransferFixtures.keychain(temp.resolve("b"), "restored");
                PasswordImport plan = PasswordImport.of(restored, KeychainBackup.open(temp.resolve("x.lkbackup"), backup,
                        PASSPHRASE))) {
            ImportResult result = plan.apply(DuplicatePolicy.SKIP, Progress.NONE);
            assertThat(result.added()).hasSize(10_000);
            assertThat(contents(restored)).isEqualTo(before);
            assertThat(restored.items()).anyMatch(i -> i.itemClass() == ItemClass.KEY)
                    .anyMatch(i -> i.itemClass() == ItemClass.CERTIFICATE);
        }
    }

    @Test
    void aWrongPassphraseAndAChangedFileAreRefused() throws Exception {
        byte[] backup;
        try (Keychain k = TransferFixtures.keychain(temp.resolve("a"), "source")) {
            TransferFixtures.addSamples(k);
            backup = KeychainBackup.create(k, PASSPHRASE, TransferFixtures.kdf(), Progress.NONE);
        }
        Path file = temp.resolve("keys.lkbackup");
        assertThatThrownBy(() -> KeychainBackup.open(file, backup, "wrong".toCharArray()))
                .isInstanceOfSatisfying(LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.WRONG_PASSPHRASE));
        for (int at : new int[] {backup.length - 1, backup.length / 2, 120}) {
            byte[] changed = backup.clone();
            changed[at] ^= 1;
            assertThatThrownBy(() -> KeychainBackup.open(file, changed, PASSPHRASE)).as("byte %d", at)
                    .isInstanceOfSatisfying(LatchkeyException.class, e -> {
                        assertThat(e.status()).isEqualTo(Status.TAMPERED);
                        assertThat(e.getMessage()).contains("nothing was restored");
                    });
        }
        byte[] weakened = backup.clone();
        weakened[16] = 1; // t = 1, below the floor
        assertThatThrownBy(() -> KeychainBackup.open(file, weakened, PASSPHRASE))
                .isInstanceOfSatisfying(LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.TAMPERED));
        assertThatThrownBy(() -> KeychainBackup.open(file, java.util.Arrays.copyOf(backup, 30), PASSPHRASE))
                .isInstanceOfSatisfying(LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.DECODE));
    }

    @Test
    void aBackupNeedsAFreshPasswordEntry() throws Exception {
        try (Keychain k = TransferFixtures.keychain(temp.resolve("a"), "source")) {
            k.forgetAuthentication();
            assertThatThrownBy(() -> KeychainBackup.create(k, PASSPHRASE, TransferFixtures.kdf(), Progress.NONE))
                    .isInstanceOfSatisfying(LatchkeyException.class,
                            e -> assertThat(e.status()).isEqualTo(Status.INTERACTION_REQUIRED));
        }
    }
}
