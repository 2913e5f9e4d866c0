package dev.latchkey.model.transfer.entries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.SecretParts;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.keychain.SecretKind;
import dev.latchkey.model.transfer.TransferFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping entries to items, duplicates (skip, keep both, replace), cancel, all in one transaction. */
class PasswordImportTest {
    @TempDir Path temp;

    private static ImportedEntry login(String title, String user, String password, String url) {
        return new ImportedEntry("entry " + title).title(title).username(user).password(password.toCharArray()).url(url);
    }

    private static List<ImportedEntry> entries() {
        List<ImportedEntry> out = new ArrayList<>();
        out.add(login("Example", "alice", "new-pw", "https://example.com/login").folder("Web/Shops").tag("x")
                .field("otp", true, "otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP")
                .field("PIN", true, "1234")
                .attachment("a.txt", TransferFixtures.text("Content\n")));
        out.add(login("Mail", "bob", "mail-pw", ""));
        out.add(new ImportedEntry("entry 3").kind(ImportedEntry.Kind.NOTE).title("Codes").notes("1\n2"));
        out.add(login("Example again", "alice", "other-pw", "https://example.com"));
        out.add(login("Broken code", "carol", "pw", "").field("otp", true, "otpauth://totp/x?secret=!!"));
        return out;
    }

    private static String secret(Keychain k, Item item, SecretKind kind) throws LatchkeyException {
        try (Secret s = k.readSecret(item.id(), kind)) {
            return new String(s.bytes(), StandardCharsets.UTF_8);
        }
    }

    private static Item named(Keychain k, String name) throws LatchkeyException {
        return k.items().stream().filter(i -> i.displayName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void mapsEveryPartOfAnEntryAndReportsWhatItCouldNot() throws Exception {
        try (Keychain k = TransferFixtures.keychain(temp, "login");
                PasswordImport plan = PasswordImport.plan(k, entries(), ImportOptions.DEFAULT)) {
            assertThat(plan.preview()).extracting(PasswordImport.Planned::clash).containsExactly(
                    PasswordImport.Clash.NONE, PasswordImport.Clash.NONE, PasswordImport.Clash.NONE,
                    PasswordImport.Clash.IN_FILE, PasswordImport.Clash.NONE);
            assertThat(plan.report()).singleElement().asString().startsWith("entry Broken code \"Broken code\": "
                    + "one-time code not imported");
            ImportResult result = plan.apply(DuplicatePolicy.KEEP_BOTH, Progress.NONE);
            assertThat(result.added()).hasSize(5);
            assertThat(result.renamed()).isEqualTo(1);

            Item web = named(k, "Example");
            assertThat(web.itemClass()).isEqualTo(ItemClass.INTERNET_PASSWORD);
            assertThat(web.attributes().text(Attribute.SERVER)).isEqualTo("example.com");
            assertThat(web.attributes().text(Attribute.FOLDER)).isEqualTo("Web/Shops");
            assertThat(web.attributes().list(Attribute.TAGS)).containsExactly("x");
            assertThat(web.attributes().text(Attribute.OTP)).contains("issuer=Example");
            assertThat(secret(k, web, SecretKind.PRIMARY)).isEqualTo("new-pw");
            try (Secret files = k.readSecret(web.id(), SecretKind.ATTACHMENTS); SecretParts parts = SecretParts.decode(files)) {
                assertThat(parts.parts()).extracting(SecretParts.Part::name).containsExactly("a.txt");
            }
            assertThat(named(k, "Mail").itemClass()).isEqualTo(ItemClass.GENERIC_PASSWORD);
            assertThat(named(k, "Codes").itemClass()).isEqualTo(ItemClass.SECURE_NOTE);
            assertThat(secret(k, named(k, "Codes"), SecretKind.PRIMARY)).isEqualTo("1\n2");
            Item kept = named(k, "Example again (2)");
            assertThat(kept.itemClass()).isEqualTo(ItemClass.GENERIC_PASSWORD);
            assertThat(kept.attributes().list(Attribute.URLS)).containsExactly("https://example.com");
            try (Secret fields = k.readSecret(named(k, "Broken code").id(), SecretKind.FIELDS);
                    SecretParts parts = SecretParts.decode(fields)) {
                assertThat(parts.parts()).extracting(SecretParts.Part::name).containsExactly("otp");
            }
        }
    }

    @Test
    void duplicatesOfTheKeychainAreSkippedKeptOrReplaced() throws Exception {
        try (Keychain k = TransferFixtures.keychain(temp, "login")) {
            try (PasswordImport first = PasswordImport.plan(k, List.of(login("Mail", "bob", "old", "")), ImportOptions.DEFAULT)) {
                first.apply(DuplicatePolicy.SKIP, Progress.NONE);
            }
            try (PasswordImport skip = PasswordImport.plan(k, List.of(login("Mail", "bob", "new", "")), ImportOptions.DEFAULT)) {
                assertThat(skip.duplicates()).isEqualTo(1);
                assertThat(skip.preview().get(0).clash()).isEqualTo(PasswordImport.Clash.IN_KEYCHAIN);
                ImportResult r = skip.apply(DuplicatePolicy.SKIP, Progress.NONE);
                assertThat(r.added()).isEmpty();
                assertThat(r.skipped()).isEqualTo(1);
            }
            assertThat(secret(k, named(k, "Mail"), SecretKind.PRIMARY)).isEqualTo("old");
            try (PasswordImport replace = PasswordImport.plan(k, List.of(login("Mail", "bob", "new", "")), ImportOptions.DEFAULT)) {
                ImportResult r = replace.apply(DuplicatePolicy.REPLACE, Progress.NONE);
                assertThat(r.replaced()).isEqualTo(1);
            }
            assertThat(k.items()).hasSize(1);
            assertThat(secret(k, named(k, "Mail"), SecretKind.PRIMARY)).isEqualTo("new");
            try (PasswordImport both = PasswordImport.plan(k, List.of(login("Mail", "bob", "third", "")), ImportOptions.DEFAULT)) {
                assertThat(both.apply(DuplicatePolicy.KEEP_BOTH, Progress.NONE).summary())
                        .isEqualTo("Imported 1 item (1 kept under a new name).");
            }
            assertThat(k.items()).extracting(Item::displayName).containsExactlyInAnyOrder("Mail", "Mail (2)");
        }
    }

    @Test
    void cancelLeavesTheKeychainUnchanged() throws Exception {
        try (Keychain k = TransferFixtures.keychain(temp, "login")) {
            try (PasswordImport first = PasswordImport.plan(k, List.of(login("Mail", "bob", "old", "")), ImportOptions.DEFAULT)) {
                first.apply(DuplicatePolicy.SKIP, Progress.NONE);
            }
            List<ImportedEntry> many = new ArrayList<>();
            many.add(login("Mail", "bob", "new", ""));
            for (int i = 0; i < 3000; i++) {
                many.add(login("Site " + i, "user", "pw" + i, ""));
            }
            AtomicLong calls = new AtomicLong();
            try (PasswordImport plan = PasswordImport.plan(k, many, ImportOptions.DEFAULT)) {
                // Cancel at the third batch: two batches are already inserted in the transaction.
                assertThatThrownBy(() -> plan.apply(DuplicatePolicy.REPLACE, (done, total) -> calls.incrementAndGet() < 3))
                        .isInstanceOfSatisfying(LatchkeyException.class,
                                e -> assertThat(e.status()).isEqualTo(Status.USER_CANCELED));
            }
            assertThat(calls.get()).isEqualTo(3);
            assertThat(k.items()).singleElement().extracting(Item::displayName).isEqualTo("Mail");
            assertThat(secret(k, named(k, "Mail"), SecretKind.PRIMARY)).isEqualTo("old");
        }
    }

    @Test
    void groupsCanBecomeTagsAndHistoryIsOptional() throws Exception {
        try (Keychain k = TransferFixtures.keychain(temp, "login")) {
            ImportedEntry e = login("Bank", "anna", "now", "").folder("Finance/Banks")
                    .oldPassword(java.time.Instant.parse("2024-05-01T00:00:00Z"), TransferFixtures.text("then"));
            try (PasswordImport plan = PasswordImport.plan(k, List.of(e), new ImportOptions(GroupMapping.TAGS, false))) {
                assertThat(plan.report()).singleElement().asString().contains("1 earlier password(s) not imported");
                plan.apply(DuplicatePolicy.SKIP, Progress.NONE);
            }
            Item bank = named(k, "Bank");
            assertThat(bank.attributes().list(Attribute.TAGS)).containsExactly("Finance", "Banks");
            assertThat(bank.attributes().has(Attribute.FOLDER)).isFalse();
            assertThat(k.hasSecret(bank.id(), SecretKind.FIELDS)).isFalse();
        }
    }
}
