package dev.latchkey.model.keychain;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static dev.latchkey.model.keychain.Fixtures.generic;
import static dev.latchkey.model.keychain.Fixtures.secret;
import static dev.latchkey.model.keychain.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemQuery;
import dev.latchkey.model.store.KeychainStore;
import dev.latchkey.model.store.RawKeychainDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Edits made with SQL to a keychain file, and where each one is caught:
 * <ul>
 * <li>At unlock, refusing the whole keychain (TAMPERED): anything the manifest covers (a row
 * deleted, inserted, rolled back, or its class or version changed; the manifest itself) and
 * the keychain settings, which are keychain-wide.</li>
 * <li>At unlock, marking the item damaged (unlock succeeds, {@code damagedItems()} names it;
 * get, find, readSecret and update of it say TAMPERED; other items work; delete removes it):
 * its sealed metadata changed, or its metadata or blind indexes swapped with another row's.</li>
 * <li>On reading the secret (TAMPERED from readSecret and from update, which re-seals the
 * secret; the metadata is intact and listed): its wrapped data key or secret ciphertext
 * changed or swapped with another row's.</li>
 * <li>The wrapped master key: AUTH_FAILED, indistinguishable from a wrong password
 * ({@link WrongPasswordTest}).</li>
 * </ul>
 * Never is another item's secret, or an older one, returned.
 */
class TamperTest {
    @TempDir
    static Path shared;
    static byte[] pristine;
    static UUID mail;
    static UUID bank;
    static UUID note;
    static UUID chat;

    @TempDir
    Path home;
    KeychainService service;
    KeychainRef ref;

    @FunctionalInterface
    interface Edit {
        void apply(RawKeychainDatabase db) throws Exception;
    }

    @BeforeAll
    static void createKeychain() throws Exception {
        try (KeychainService s = Fixtures.service(shared, Fixtures.clock())) {
            KeychainRef r = s.create("pristine", PASSWORD);
            try (Keychain k = s.unlock(r, PASSWORD); Secret m = secret("mail-secret"); Secret b = secret("bank-secret");
                 Secret n = secret("note text"); Secret c = secret("chat-secret")) {
                mail = k.add(ItemClass.GENERIC_PASSWORD, generic("mail", "alice"), m);
                bank = k.add(ItemClass.INTERNET_PASSWORD, ItemAttributes.builder().set(Attribute.SERVER, "bank.example")
                        .set(Attribute.ACCOUNT, "alice").set(Attribute.PROTOCOL, "htps").build(), b);
                note = k.add(ItemClass.SECURE_NOTE, ItemAttributes.builder().set(Attribute.LABEL, "locker").build(), n);
                chat = k.add(ItemClass.GENERIC_PASSWORD, generic("chat", "alice"), c);
            }
            pristine = Files.readAllBytes(r.file());
        }
    }

    @BeforeEach
    void placeKeychain() throws Exception {
        Path file = home.resolve("keychains").resolve("login" + KeychainStore.FILE_SUFFIX);
        Files.createDirectories(file.getParent());
        Files.write(file, pristine);
        service = Fixtures.service(home, Fixtures.clock());
        ref = service.resolve("login");
    }

    @AfterEach
    void lock() {
        service.close();
    }

    // ---- caught at unlock: the keychain is refused -----------------------------------------

    static Stream<Arguments> keychainWideEdits() {
        return Stream.of(
                edit("a row deleted", db -> db.execute("DELETE FROM items WHERE item_id = ?", bank)),
                edit("a row inserted (copy of another under a new id)", db -> {
                    Map<String, Object> row = db.itemRow(mail);
                    row.put("item_id", UUID.randomUUID());
                    byte[] primary = (byte[]) row.get("idx_primary");
                    primary[0] ^= 1; // else the unique primary index refuses the copy
                    db.insertItemRow(row);
                }),
                edit("a row's version bumped", db -> db.execute(
                        "UPDATE items SET row_version = row_version + 1 WHERE item_id = ?", mail)),
                edit("a row's class changed", db -> db.execute("UPDATE items SET item_class = ? WHERE item_id = ?",
                        ItemClass.INTERNET_PASSWORD.code(), mail)),
                edit("manifest tag changed", db -> db.flipByte("manifest", "tag", "id = 1", 5)),
                edit("manifest accumulator changed", db -> db.flipByte("manifest", "accumulator", "id = 1", 0)),
                edit("manifest item count changed", db -> db.execute("UPDATE manifest SET item_count = item_count - 1")),
                edit("manifest generation changed", db -> db.execute("UPDATE manifest SET generation = generation + 1")),
                edit("settings ciphertext changed", db -> db.flipByte("keychain_settings", "sealed", "id = 1", 20)),
                edit("settings version changed", db -> db.execute("UPDATE keychain_settings SET version = version + 1")));
    }

    private static Arguments edit(String name, Edit edit) {
        return Arguments.of(Named.of(name, edit));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keychainWideEdits")
    void refusedAtUnlock(Edit edit) throws Exception {
        tamper(edit);
        refusedAtUnlock();
    }

    @Test
    void aRowRolledBackToAnEarlierVersionIsRefusedAtUnlock() throws Exception {
        Map<String, Object> before = raw(db -> db.itemRow(mail));
        try (Keychain k = service.unlock(ref, PASSWORD); Secret next = secret("new-mail-secret")) {
            k.update(mail, generic("mail", "alice"), next);
        }
        tamper(db -> db.writeItemRow(before));
        refusedAtUnlock();
    }

    @Test
    void settingsRolledBackAreRefusedAtUnlock() throws Exception {
        long version = raw(db -> db.number("SELECT version FROM keychain_settings"));
        byte[] sealed = raw(db -> db.bytes("SELECT sealed FROM keychain_settings"));
        try (Keychain k = service.unlock(ref, PASSWORD)) {
            k.updateSettings(new KeychainSettings(1, false));
        }
        tamper(db -> db.execute("UPDATE keychain_settings SET version = ?, sealed = ?", version, sealed));
        refusedAtUnlock();
    }

    @Test
    void theWrappedMasterKeyChangedFailsLikeAWrongPassword() throws Exception {
        tamper(db -> db.flipByte("keychain_header", "master_key", "id = 1", 16));
        LatchkeyException e = catchThrowableOfType(() -> service.unlock(ref, PASSWORD), LatchkeyException.class);
        assertThat(e.status()).isEqualTo(Status.AUTH_FAILED);
        assertThat(e.getMessage()).isEqualTo(Status.AUTH_FAILED.message());
    }

    // ---- caught at unlock: the item is damaged, the rest usable ----------------------------

    static Stream<Arguments> itemMetadataEdits() {
        return Stream.of(
                damaging("metadata ciphertext changed", db -> db.flipByte("items", "meta_ct", "item_id = ?", 14, mail), mail),
                damaging("metadata tag changed", db -> db.flipByte("items", "meta_ct", "item_id = ?", -1, mail), mail),
                // Same class and version: the set of (id, class, version) the manifest vouches for is unchanged.
                damaging("two rows' ids swapped", db -> {
                    UUID temp = UUID.randomUUID();
                    db.execute("UPDATE items SET item_id = ? WHERE item_id = ?", temp, mail);
                    db.execute("UPDATE items SET item_id = ? WHERE item_id = ?", mail, chat);
                    db.execute("UPDATE items SET item_id = ? WHERE item_id = ?", chat, temp);
                }, mail, chat),
                damaging("metadata swapped between two rows", db -> swap(db, mail, chat, "meta_ct"), mail, chat),
                damaging("every ciphertext swapped between two rows",
                        db -> swap(db, mail, chat, "meta_ct", "dek_wrapped", "secret_ct"), mail, chat),
                damaging("service and account indexes swapped",
                        db -> swap(db, mail, chat, "idx_service", "idx_account"), mail, chat),
                damaging("primary indexes swapped", db -> swap(db, mail, chat, "idx_primary"), mail, chat),
                damaging("label index changed", db -> db.flipByte("items", "idx_label", "item_id = ?", 3, mail), mail),
                damaging("index cleared", db -> db.execute("UPDATE items SET idx_account = NULL WHERE item_id = ?", mail),
                        mail));
    }

    private static Arguments damaging(String name, Edit edit, UUID... damaged) {
        return Arguments.of(Named.of(name, edit), Set.of(damaged));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itemMetadataEdits")
    void damagedItemsAreReportedAndTheRestWorks(Edit edit, Set<UUID> damaged) throws Exception {
        tamper(edit);
        try (Keychain k = service.unlock(ref, PASSWORD)) {
            assertThat(k.damagedItems()).isEqualTo(damaged);
            assertThat(k.unlockReport().damagedItems()).isEqualTo(damaged.size());
            assertThat(k.items()).extracting(Item::id).doesNotContainAnyElementsOf(damaged).hasSize(4 - damaged.size());
            for (UUID id : damaged) {
                tampered(() -> k.get(id));
                tampered(() -> k.readSecret(id));
                tampered(() -> k.update(id, generic("mail", "alice"), null));
            }
            // Exact lookups that land on a damaged row say so rather than return it or another.
            tampered(() -> k.find(ItemQuery.of(ItemClass.GENERIC_PASSWORD)
                    .where(Attribute.SERVICE, "mail").where(Attribute.ACCOUNT, "alice")));
            assertSecret(k, bank, "bank-secret");
            assertSecret(k, note, "note text");
            if (!damaged.contains(chat)) {
                assertSecret(k, chat, "chat-secret");
            }
        }
    }

    @Test
    void deletingADamagedItemMakesTheKeychainWholeAgain() throws Exception {
        tamper(db -> swap(db, mail, chat, "meta_ct"));
        try (Keychain k = service.unlock(ref, PASSWORD)) {
            assertThat(k.damagedItems()).containsExactlyInAnyOrder(mail, chat);
            k.deleteAll(List.of(mail, chat));
            assertThat(k.damagedItems()).isEmpty();
        }
        try (Keychain k = service.unlock(ref, PASSWORD)) {
            assertThat(k.damagedItems()).isEmpty();
            assertThat(k.items()).extracting(Item::id).containsExactlyInAnyOrder(bank, note);
        }
    }

    // ---- caught on reading the secret ------------------------------------------------------

    static Stream<Arguments> secretEdits() {
        return Stream.of(
                damaging("wrapped data key changed", db -> db.flipByte("items", "dek_wrapped", "item_id = ?", 20, mail), mail),
                damaging("wrapped data key tag changed", db -> db.flipByte("items", "dek_wrapped", "item_id = ?", -1, mail),
                        mail),
                damaging("secret nonce changed", db -> db.flipByte("items", "secret_ct", "item_id = ?", 0, mail), mail),
                damaging("secret ciphertext changed", db -> db.flipByte("items", "secret_ct", "item_id = ?", 13, mail), mail),
                damaging("secret tag changed", db -> db.flipByte("items", "secret_ct", "item_id = ?", -1, mail), mail),
                damaging("secret swapped between two rows", db -> swap(db, mail, chat, "secret_ct"), mail, chat),
                damaging("wrapped data key swapped between two rows", db -> swap(db, mail, chat, "dek_wrapped"), mail, chat),
                damaging("key and secret swapped between two rows",
                        db -> swap(db, mail, chat, "dek_wrapped", "secret_ct"), mail, chat),
                damaging("key and secret copied from another row",
                        db -> copy(db, bank, mail, "dek_wrapped", "secret_ct"), mail));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secretEdits")
    void damagedSecretsAreReportedWhenRead(Edit edit, Set<UUID> damaged) throws Exception {
        tamper(edit);
        try (Keychain k = service.unlock(ref, PASSWORD)) {
            assertThat(k.damagedItems()).as("metadata is intact").isEmpty();
            assertThat(k.items()).hasSize(4);
            for (UUID id : damaged) {
                assertThat(k.get(id)).isPresent();
                tampered(() -> k.readSecret(id));
                tampered(() -> k.hasSecret(id, SecretKind.PRIMARY));
                try (Secret next = secret("replacement")) {
                    tampered(() -> k.update(id, k.get(id).orElseThrow().attributes(), next));
                }
            }
            assertThat(k.find(ItemQuery.of(ItemClass.GENERIC_PASSWORD).where(Attribute.SERVICE, "mail")))
                    .extracting(Item::id).containsExactly(mail);
            assertSecret(k, bank, "bank-secret");
            assertSecret(k, note, "note text");
            if (!damaged.contains(chat)) {
                assertSecret(k, chat, "chat-secret");
            }
        }
    }

    // ---- edits made while the keychain is unlocked (through H2's AUTO_SERVER) --------------

    @Test
    void aRowRolledBackWhileUnlockedIsRefusedWhenRead() throws Exception {
        Map<String, Object> before = raw(db -> db.itemRow(mail));
        try (Keychain k = service.unlock(ref, PASSWORD); Secret next = secret("new-mail-secret")) {
            k.update(mail, generic("mail", "alice"), next);
            try (RawKeychainDatabase db = RawKeychainDatabase.join(ref.file())) {
                db.writeItemRow(before);
            }
            tampered(() -> k.readSecret(mail));
            tampered(() -> k.find(ItemQuery.of(ItemClass.GENERIC_PASSWORD).where(Attribute.SERVICE, "mail")));
            assertSecret(k, chat, "chat-secret");
        }
        refusedAtUnlock();
    }

    @Test
    void aSecretChangedWhileUnlockedIsRefusedWhenRead() throws Exception {
        try (Keychain k = service.unlock(ref, PASSWORD)) {
            assertSecret(k, mail, "mail-secret");
            try (RawKeychainDatabase db = RawKeychainDatabase.join(ref.file())) {
                db.flipByte("items", "secret_ct", "item_id = ?", 30, mail);
            }
            tampered(() -> k.readSecret(mail));
        }
    }

    @Test
    void aManifestChangedWhileUnlockedStopsTheNextWrite() throws Exception {
        try (Keychain k = service.unlock(ref, PASSWORD); Secret pw = secret("x")) {
            try (RawKeychainDatabase db = RawKeychainDatabase.join(ref.file())) {
                db.flipByte("manifest", "tag", "id = 1", 0);
            }
            tampered(() -> k.add(ItemClass.GENERIC_PASSWORD, generic("new", "one"), pw));
            tampered(() -> k.delete(bank));
            try (RawKeychainDatabase db = RawKeychainDatabase.join(ref.file())) {
                assertThat(db.number("SELECT COUNT(*) FROM items")).as("nothing written").isEqualTo(4);
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    private void refusedAtUnlock() {
        LatchkeyException e = catchThrowableOfType(() -> service.unlock(ref, PASSWORD), LatchkeyException.class);
        assertThat(e).as("unlock must refuse the keychain").isNotNull();
        assertThat(e.status()).as(e.getMessage()).isEqualTo(Status.TAMPERED);
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        assertThat(service.state(ref)).isEqualTo(LockState.LOCKED);
        assertThat(service.unlocked(ref)).isEmpty();
    }

    private static void tampered(KeychainServiceTest.ThrowingCall call) {
        LatchkeyException e = catchThrowableOfType(call::run, LatchkeyException.class);
        assertThat(e).as("must report tampering").isNotNull();
        assertThat(e.status()).as(e.getMessage()).isEqualTo(Status.TAMPERED);
    }

    private static void assertSecret(Keychain k, UUID id, String expected) throws LatchkeyException {
        try (Secret read = k.readSecret(id)) {
            assertThat(text(read)).isEqualTo(expected);
        }
    }

    private void tamper(Edit edit) throws Exception {
        try (RawKeychainDatabase db = RawKeychainDatabase.open(ref.file())) {
            edit.apply(db);
        }
    }

    @FunctionalInterface
    interface Query<T> {
        T run(RawKeychainDatabase db) throws Exception;
    }

    private <T> T raw(Query<T> query) throws Exception {
        try (RawKeychainDatabase db = RawKeychainDatabase.open(ref.file())) {
            return query.run(db);
        }
    }

    private static void swap(RawKeychainDatabase db, UUID a, UUID b, String... columns) throws Exception {
        Map<String, Object> rowA = db.itemRow(a);
        Map<String, Object> rowB = db.itemRow(b);
        for (String c : columns) {
            Object v = rowA.get(c);
            rowA.put(c, rowB.get(c));
            rowB.put(c, v);
        }
        if (List.of(columns).contains("idx_primary")) {
            db.execute("UPDATE items SET idx_primary = ? WHERE item_id = ?", new byte[16], a); // dodge the unique index
        }
        db.writeItemRow(rowB);
        db.writeItemRow(rowA);
    }

    private static void copy(RawKeychainDatabase db, UUID from, UUID to, String... columns) throws Exception {
        Map<String, Object> source = db.itemRow(from);
        Map<String, Object> target = db.itemRow(to);
        for (String c : columns) {
            target.put(c, source.get(c));
        }
        db.writeItemRow(target);
    }
}
