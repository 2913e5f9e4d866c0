package dev.latchkey.model.keychain;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static dev.latchkey.model.keychain.Fixtures.generic;
import static dev.latchkey.model.keychain.Fixtures.secret;
import static dev.latchkey.model.keychain.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.MutableClock;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeychainServiceTest {
    @TempDir
    Path home;

    private final MutableClock clock = Fixtures.clock();

    private KeychainService service() {
        return Fixtures.service(home, clock);
    }

    @Test
    void createListDefaultAndDescribe() throws Exception {
        try (KeychainService s = service()) {
            assertThat(s.list()).isEmpty();
            assertThatThrownBy(s::requireDefault).extracting(e -> ((LatchkeyException) e).status())
                    .isEqualTo(Status.NO_DEFAULT_KEYCHAIN);
            KeychainRef login = s.create("login", PASSWORD);
            KeychainRef work = s.create("work", PASSWORD);
            assertThat(s.list()).extracting(KeychainRef::name).containsExactly("login", "work");
            assertThat(s.requireDefault()).isEqualTo(login);
            s.setDefaultKeychain(work);
            assertThat(s.requireDefault()).isEqualTo(work);
            KeychainDescription d = s.describe(work);
            assertThat(d.isDefault()).isTrue();
            assertThat(d.itemCount()).isZero();
            assertThat(d.kdf().memoryKiB()).isEqualTo(64 * 1024);
            assertThat(d.lockState()).isEqualTo(LockState.LOCKED);
            assertThat(Files.getPosixFilePermissions(home.resolve("keychains")))
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(login.file()))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void createUnlockedDerivesThePasswordsKeyOnce() throws Exception {
        try (KeychainService s = service()) {
            List<LockState> states = new ArrayList<>();
            s.addLockListener((ref, state) -> states.add(state));
            long before = MasterKeyWrap.derivations();
            KeychainRef work = s.create("work", PASSWORD);
            s.unlock(work, PASSWORD).close();
            assertThat(MasterKeyWrap.derivations() - before).as("create, then unlock").isEqualTo(2);

            before = MasterKeyWrap.derivations();
            Keychain login = s.createUnlocked("login", PASSWORD);
            assertThat(MasterKeyWrap.derivations() - before).as("created unlocked").isEqualTo(1);
            assertThat(s.unlocked(login.ref())).containsSame(login);
            assertThat(s.state(login.ref())).isEqualTo(LockState.UNLOCKED);
            assertThat(s.requireDefault()).as("the first keychain made").isEqualTo(work);
            UUID id;
            try (Secret pw = secret("s3cret!")) {
                id = login.add(ItemClass.GENERIC_PASSWORD, generic("mail", "alice"), pw);
            }
            s.lock(login.ref());
            assertThat(login.isClosed()).isTrue();
            try (Keychain again = s.unlock(login.ref(), PASSWORD)) {
                assertThat(text(again.readSecret(id))).isEqualTo("s3cret!");
            }
            assertThat(states).containsExactly(LockState.UNLOCKING, LockState.UNLOCKED, LockState.LOCKING,
                    LockState.LOCKED, LockState.UNLOCKING, LockState.UNLOCKED, LockState.LOCKING, LockState.LOCKED,
                    LockState.UNLOCKING, LockState.UNLOCKED, LockState.LOCKING, LockState.LOCKED);
            assertStatus(() -> s.createUnlocked("login", PASSWORD), Status.DUPLICATE_KEYCHAIN);
        }
    }

    @Test
    void refusesDuplicateBadNamesAndEmptyPasswords() throws Exception {
        try (KeychainService s = service()) {
            s.create("login", PASSWORD);
            assertStatus(() -> s.create("login", PASSWORD), Status.DUPLICATE_KEYCHAIN);
            assertStatus(() -> s.create("bad*name", PASSWORD), Status.PARAM);
            assertStatus(() -> s.create("", PASSWORD), Status.PARAM);
            assertStatus(() -> s.create(".hidden", PASSWORD), Status.PARAM);
            assertStatus(() -> s.create("ok", new char[0]), Status.PARAM);
            assertStatus(() -> s.unlock(s.resolve("missing"), PASSWORD), Status.NO_SUCH_KEYCHAIN);
        }
    }

    @Test
    void addFindReadUpdateDelete() throws Exception {
        try (KeychainService s = service()) {
            KeychainRef ref = s.create("login", PASSWORD);
            try (Keychain k = s.unlock(ref, PASSWORD); Secret pw = secret("s3cret!")) {
                UUID id = k.add(ItemClass.GENERIC_PASSWORD, generic("mail", "alice"), pw);
                List<Item> found = k.find(ItemQuery.of(ItemClass.GENERIC_PASSWORD)
                        .where(Attribute.SERVICE, "mail").where(Attribute.ACCOUNT, "alice"));
                assertThat(found).extracting(Item::id).containsExactly(id);
                Item item = found.get(0);
                assertThat(item.attributes().instant(Attribute.CREATED)).contains(clock.instant());
                try (Secret read = k.readSecret(id)) {
                    assertThat(text(read)).isEqualTo("s3cret!");
                }
                assertThat(k.find(ItemQuery.of(ItemClass.GENERIC_PASSWORD).where(Attribute.ACCOUNT, "alice"))).hasSize(1);
                assertThat(k.find(ItemQuery.of(ItemClass.GENERIC_PASSWORD).where(Attribute.ACCOUNT, "bob"))).isEmpty();
                assertThat(k.find(ItemQuery.of(ItemClass.INTERNET_PASSWORD).where(Attribute.ACCOUNT, "alice"))).isEmpty();

                clock.advance(Duration.ofHours(1));
                ItemAttributes changed = item.attributes().toBuilder().set(Attribute.COMMENT, "work mail").build();
                try (Secret next = secret("n3w")) {
                    k.update(id, changed, next);
                }
                Item updated = k.get(id).orElseThrow();
                assertThat(updated.rowVersion()).isEqualTo(2);
                assertThat(updated.attributes().text(Attribute.COMMENT)).isEqualTo("work mail");
                assertThat(updated.attributes().instant(Attribute.CREATED)).isEqualTo(item.attributes().instant(Attribute.CREATED));
                assertThat(updated.attributes().instant(Attribute.MODIFIED)).contains(clock.instant());
                try (Secret read = k.readSecret(id)) {
                    assertThat(text(read)).isEqualTo("n3w");
                }
                k.update(id, changed.toBuilder().set(Attribute.LABEL, "Mail").build(), null);
                try (Secret read = k.readSecret(id)) {
                    assertThat(text(read)).as("metadata-only update keeps the secret").isEqualTo("n3w");
                }
                k.delete(id);
                assertThat(k.items()).isEmpty();
                assertStatus(() -> k.readSecret(id), Status.ITEM_NOT_FOUND);
                assertStatus(() -> k.delete(id), Status.ITEM_NOT_FOUND);
            }
            try (Keychain k = s.unlock(ref, PASSWORD)) {
                assertThat(k.items()).isEmpty();
            }
        }
    }

    @Test
    void duplicatePrimaryKeyIsRefusedAndNothingIsWritten() throws Exception {
        try (KeychainService s = service(); Secret pw = secret("x")) {
            KeychainRef ref = s.create("login", PASSWORD);
            try (Keychain k = s.unlock(ref, PASSWORD)) {
                k.add(ItemClass.GENERIC_PASSWORD, generic("mail", "alice"), pw);
                assertStatus(() -> k.add(ItemClass.GENERIC_PASSWORD, generic("mail", "alice"), pw), Status.DUPLICATE_ITEM);
                UUID other = k.add(ItemClass.GENERIC_PASSWORD, generic("mail", "bob"), pw);
                assertStatus(() -> k.update(other, generic("mail", "alice"), null), Status.DUPLICATE_ITEM);
                // A batch with one duplicate adds nothing.
                assertStatus(() -> k.addAll(List.of(
                        new NewItem(ItemClass.GENERIC_PASSWORD, generic("new", "1"), pw),
                        new NewItem(ItemClass.GENERIC_PASSWORD, generic("mail", "alice"), pw))), Status.DUPLICATE_ITEM);
                assertThat(k.items()).hasSize(2);
                // Same service and account in another class is not a duplicate.
                k.add(ItemClass.INTERNET_PASSWORD, ItemAttributes.builder().set(Attribute.SERVER, "mail")
                        .set(Attribute.ACCOUNT, "alice").build(), pw);
            }
            try (Keychain k = s.unlock(ref, PASSWORD)) {
                assertThat(k.items()).hasSize(3);
            }
        }
    }

    @Test
    void internetPasswordHostNamesMatchWithoutCase() throws Exception {
        try (KeychainService s = service(); Secret pw = secret("x")) {
            try (Keychain k = s.unlock(s.create("login", PASSWORD), PASSWORD)) {
                ItemAttributes a = ItemAttributes.builder().set(Attribute.SERVER, "Example.COM")
                        .set(Attribute.ACCOUNT, "alice").set(Attribute.PROTOCOL, "htps").set(Attribute.PORT, 443).build();
                k.add(ItemClass.INTERNET_PASSWORD, a, pw);
                assertThat(k.find(ItemQuery.of(ItemClass.INTERNET_PASSWORD).where(Attribute.SERVER, "example.com"))).hasSize(1);
                assertThat(k.find(ItemQuery.of(ItemClass.INTERNET_PASSWORD).where(Attribute.SERVER, "example.com")
                        .where(Attribute.PORT, 443))).hasSize(1);
                assertThat(k.find(ItemQuery.of(ItemClass.INTERNET_PASSWORD).where(Attribute.SERVER, "example.com")
                        .where(Attribute.PORT, 80))).isEmpty();
                assertStatus(() -> k.add(ItemClass.INTERNET_PASSWORD, a.toBuilder().set(Attribute.SERVER, "EXAMPLE.com").build(), pw),
                        Status.DUPLICATE_ITEM);
                assertStatus(() -> k.add(ItemClass.INTERNET_PASSWORD, a.toBuilder().set(Attribute.PORT, 70000).build(), pw),
                        Status.PARAM);
            }
        }
    }

    @Test
    void freeTextSearchCoversNameAccountServiceAndComment() throws Exception {
        try (KeychainService s = service(); Secret pw = secret("zebra-secret")) {
            try (Keychain k = s.unlock(s.create("login", PASSWORD), PASSWORD)) {
                k.add(ItemClass.GENERIC_PASSWORD, generic("GitHub", "octocat"), pw);
                k.add(ItemClass.INTERNET_PASSWORD, ItemAttributes.builder().set(Attribute.SERVER, "bank.example")
                        .set(Attribute.ACCOUNT, "alice").set(Attribute.COMMENT, "Joint Account").build(), pw);
                k.add(ItemClass.SECURE_NOTE, ItemAttributes.builder().set(Attribute.LABEL, "Wi-Fi at home").build(), pw);
                assertThat(k.search("github")).extracting(Item::displayName).containsExactly("GitHub");
                assertThat(k.search("OCTO")).hasSize(1);
                assertThat(k.search("joint")).hasSize(1);
                assertThat(k.search("bank alice")).hasSize(1);
                assertThat(k.search("bank bob")).isEmpty();
                assertThat(k.search("wi-fi")).hasSize(1);
                assertThat(k.search("")).hasSize(3);
                assertThat(k.search("zebra")).as("secrets are never searched").isEmpty();
            }
        }
    }

    @Test
    void lockDropsEverythingAndRefusesUse() throws Exception {
        try (KeychainService s = service(); Secret pw = secret("x")) {
            KeychainRef ref = s.create("login", PASSWORD);
            List<LockState> seen = new ArrayList<>();
            s.addLockListener((r, st) -> seen.add(st));
            Keychain k = s.unlock(ref, PASSWORD);
            UUID id = k.add(ItemClass.GENERIC_PASSWORD, generic("a", "b"), pw);
            assertThat(s.state(ref)).isEqualTo(LockState.UNLOCKED);
            s.lock(ref);
            assertThat(k.isClosed()).isTrue();
            assertThat(s.state(ref)).isEqualTo(LockState.LOCKED);
            assertThat(seen).containsExactly(LockState.UNLOCKING, LockState.UNLOCKED, LockState.LOCKING, LockState.LOCKED);
            assertThat(k.size()).isZero();
            assertStatus(() -> k.readSecret(id), Status.KEYCHAIN_LOCKED);
            assertStatus(k::items, Status.KEYCHAIN_LOCKED);
        }
    }

    @Test
    void changePasswordKeepsItemsAndRefusesTheOldOne() throws Exception {
        char[] next = "a new and longer passphrase".toCharArray();
        try (KeychainService s = service(); Secret pw = secret("kept")) {
            KeychainRef ref = s.create("login", PASSWORD);
            UUID id;
            try (Keychain k = s.unlock(ref, PASSWORD)) {
                id = k.add(ItemClass.GENERIC_PASSWORD, generic("a", "b"), pw);
                assertStatus(() -> k.changePassword("wrong".toCharArray(), next, KdfParams.floor()), Status.AUTH_FAILED);
            }
            s.changePassword(ref, PASSWORD, next);
            assertStatus(() -> s.unlock(ref, PASSWORD), Status.AUTH_FAILED);
            try (Keychain k = s.unlock(ref, next); Secret read = k.readSecret(id)) {
                assertThat(text(read)).isEqualTo("kept");
            }
        }
    }

    @Test
    void protectedItemsNeedARecentPassword() throws Exception {
        try (KeychainService s = service(); Secret pw = secret("guarded")) {
            try (Keychain k = s.unlock(s.create("login", PASSWORD), PASSWORD)) {
                UUID id = k.add(ItemClass.GENERIC_PASSWORD, generic("bank", "me").toBuilder()
                        .set(Attribute.REQUIRE_PASSWORD, true).build(), pw);
                UUID open = k.add(ItemClass.GENERIC_PASSWORD, generic("news", "me"), pw);
                k.readSecret(id).close(); // just unlocked: within the window
                clock.advance(Keychain.REAUTHENTICATION_WINDOW.plusSeconds(1));
                assertStatus(() -> k.readSecret(id), Status.INTERACTION_REQUIRED);
                k.readSecret(open).close();
                assertStatus(() -> k.confirmPassword("nope".toCharArray()), Status.AUTH_FAILED);
                assertStatus(() -> k.readSecret(id), Status.INTERACTION_REQUIRED);
                k.confirmPassword(PASSWORD);
                try (Secret read = k.readSecret(id)) {
                    assertThat(text(read)).isEqualTo("guarded");
                }
            }
        }
    }

    @Test
    void settingsPersistSealed() throws Exception {
        try (KeychainService s = service()) {
            KeychainRef ref = s.create("login", PASSWORD);
            try (Keychain k = s.unlock(ref, PASSWORD)) {
                assertThat(k.settings()).isEqualTo(KeychainSettings.DEFAULT);
                k.updateSettings(new KeychainSettings(5, false));
            }
            try (Keychain k = s.unlock(ref, PASSWORD)) {
                assertThat(k.settings()).isEqualTo(new KeychainSettings(5, false));
            }
        }
    }

    @Test
    void attachedSecretsLiveBesideThePrimary() throws Exception {
        try (KeychainService s = service(); Secret pw = secret("pw"); Secret seed = secret("otp-seed")) {
            try (Keychain k = s.unlock(s.create("login", PASSWORD), PASSWORD)) {
                UUID id = k.add(ItemClass.GENERIC_PASSWORD, generic("a", "b"), pw);
                assertThat(k.hasSecret(id, SecretKind.OTP_SEED)).isFalse();
                k.putSecret(id, SecretKind.OTP_SEED, seed);
                try (Secret p = k.readSecret(id); Secret o = k.readSecret(id, SecretKind.OTP_SEED)) {
                    assertThat(text(p)).isEqualTo("pw");
                    assertThat(text(o)).isEqualTo("otp-seed");
                }
            }
        }
    }

    @Test
    void deleteKeychainRemovesTheFileAndTheDefault() throws Exception {
        try (KeychainService s = service()) {
            KeychainRef ref = s.create("login", PASSWORD);
            s.unlock(ref, PASSWORD);
            s.delete(ref);
            assertThat(Files.exists(ref.file())).isFalse();
            assertThat(s.defaultKeychain()).isEmpty();
            assertThat(s.state(ref)).isEqualTo(LockState.LOCKED);
        }
    }

    static void assertStatus(ThrowingCall call, Status... expected) {
        assertThatThrownBy(call::run).isInstanceOf(LatchkeyException.class)
                .extracting(e -> ((LatchkeyException) e).status()).isIn((Object[]) expected);
    }

    @FunctionalInterface
    interface ThrowingCall {
        void run() throws Exception;
    }

    static final class KdfParams {
        static dev.latchkey.crypto.kdf.KdfParameters floor() {
            return dev.latchkey.crypto.kdf.KdfPolicy.FLOOR;
        }
    }
}
