package dev.latchkey.model.keychain;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static dev.latchkey.model.keychain.Fixtures.generic;
import static dev.latchkey.model.keychain.Fixtures.secret;
import static dev.latchkey.model.keychain.Fixtures.text;
import static dev.latchkey.model.keychain.KeychainServiceTest.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.MutableClock;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The additions for one-time codes: a seed added with the item, atomic read-modify-write. */
class KeychainModifyTest {
    @TempDir
    Path home;

    private final MutableClock clock = Fixtures.clock();

    @Test
    void addStoresAnOtpSeedBesideThePasswordInOneGo() throws Exception {
        try (KeychainService s = Fixtures.service(home, clock)) {
            KeychainRef ref = s.create("login", PASSWORD);
            UUID id;
            try (Keychain k = s.unlock(ref, PASSWORD); Secret pw = secret("pw"); Secret seed = secret("seed")) {
                id = k.addAll(List.of(new NewItem(ItemClass.GENERIC_PASSWORD, generic("mail", "me"), pw, seed))).get(0);
                assertThat(pw.isClosed()).isFalse();
                assertThat(seed.isClosed()).isFalse();
            }
            try (Keychain k = s.unlock(ref, PASSWORD);
                    Secret pw = k.readSecret(id); Secret seed = k.readSecret(id, SecretKind.OTP_SEED)) {
                assertThat(text(pw)).isEqualTo("pw");
                assertThat(text(seed)).isEqualTo("seed");
            }
        }
    }

    @Test
    void modifyChangesStoredAttributesAndOptionallyASecret() throws Exception {
        try (KeychainService s = Fixtures.service(home, clock)) {
            KeychainRef ref = s.create("login", PASSWORD);
            try (Keychain k = s.unlock(ref, PASSWORD); Secret pw = secret("pw")) {
                UUID id = k.add(ItemClass.GENERIC_PASSWORD, generic("mail", "me"), pw);
                clock.advance(Duration.ofMinutes(5));
                Item changed = k.modify(id, a -> a.toBuilder().set(Attribute.COMMENT, "one").build());
                assertThat(changed.rowVersion()).isEqualTo(2);
                assertThat(changed.attributes().text(Attribute.COMMENT)).isEqualTo("one");
                assertThat(changed.attributes().instant(Attribute.MODIFIED)).contains(clock.instant());
                assertThat(k.get(id)).contains(changed);
                try (Secret seed = secret("seed")) {
                    k.modify(id, a -> a.toBuilder().set(Attribute.COMMENT, "two").build(), SecretKind.OTP_SEED, seed);
                }
                try (Secret seed = k.readSecret(id, SecretKind.OTP_SEED); Secret primary = k.readSecret(id)) {
                    assertThat(text(seed)).isEqualTo("seed");
                    assertThat(text(primary)).isEqualTo("pw");
                }
                Item removed = k.modify(id, a -> a.toBuilder().remove(Attribute.COMMENT).build(), SecretKind.OTP_SEED, null);
                assertThat(removed.attributes().has(Attribute.COMMENT)).isFalse();
                assertThat(k.hasSecret(id, SecretKind.OTP_SEED)).isFalse();
                assertStatus(() -> k.modify(UUID.randomUUID(), a -> a), Status.ITEM_NOT_FOUND);
                assertStatus(() -> k.modify(id, a -> a.toBuilder().remove(Attribute.SERVICE).build()), Status.PARAM);
                assertThat(k.get(id).orElseThrow().rowVersion()).as("a refused change writes nothing").isEqualTo(4);
            }
        }
    }

    @Test
    void servicesSharingAFileTakeTurnsAndSeeEachOthersChanges() throws Exception {
        try (KeychainService first = Fixtures.service(home, clock); KeychainService second = Fixtures.service(home, clock)) {
            KeychainRef ref = first.create("login", PASSWORD);
            UUID id;
            try (KeychainLease lease = first.lease(ref, PASSWORD::clone); Secret pw = secret("pw")) {
                id = lease.keychain().add(ItemClass.GENERIC_PASSWORD, generic("mail", "me"), pw);
            }
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
                KeychainService s = t % 2 == 0 ? first : second;
                threads[t] = new Thread(() -> {
                    for (int i = 0; i < 10; i++) {
                        // Each turn unlocks, changes and locks again: as one command-line call does.
                        try (KeychainLease lease = s.lease(s.resolve("login"), PASSWORD::clone)) {
                            lease.keychain().modify(id, attrs -> attrs.toBuilder()
                                    .set(Attribute.PORT, attrs.integer(Attribute.PORT).orElse(0L) + 1).build());
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    }
                });
                threads[t].start();
            }
            for (Thread t : threads) {
                t.join();
            }
            try (Keychain k = second.unlock(ref, PASSWORD)) {
                assertThat(k.get(id).orElseThrow().attributes().integer(Attribute.PORT)).contains(40L);
            }
        }
    }

    @Test
    void verificationCodeItemsNeedANameAndParameters() throws Exception {
        try (KeychainService s = Fixtures.service(home, clock)) {
            KeychainRef ref = s.create("login", PASSWORD);
            try (Keychain k = s.unlock(ref, PASSWORD); Secret seed = secret("seed")) {
                ItemAttributes named = ItemAttributes.builder().set(Attribute.LABEL, "GitHub").build();
                assertStatus(() -> k.addAll(List.of(new NewItem(ItemClass.VERIFICATION_CODE, named, null, seed))),
                        Status.PARAM);
                UUID id = k.addAll(List.of(new NewItem(ItemClass.VERIFICATION_CODE, named.toBuilder()
                        .set(Attribute.OTP, "otpauth://totp/GitHub?algorithm=SHA1&digits=6&period=30").build(),
                        null, seed))).get(0);
                assertThat(k.get(id).orElseThrow().itemClass()).isEqualTo(ItemClass.VERIFICATION_CODE);
                assertStatus(() -> k.readSecret(id), Status.ITEM_NOT_FOUND);
            }
        }
    }
}
