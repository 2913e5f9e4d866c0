package dev.latchkey.model.transfer.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.keychain.SecretKind;
import dev.latchkey.model.transfer.ImportFormat;
import dev.latchkey.model.transfer.KeePassCli;
import dev.latchkey.model.transfer.TransferFixtures;
import dev.latchkey.model.transfer.entries.DuplicatePolicy;
import dev.latchkey.model.transfer.entries.ImportOptions;
import dev.latchkey.model.transfer.entries.ImportSource;
import dev.latchkey.model.transfer.entries.ImportedEntry;
import dev.latchkey.model.transfer.entries.PasswordImport;
import dev.latchkey.model.transfer.export.CsvExporter;
import dev.latchkey.model.transfer.kdbx.KdbxPasswordReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KeePassXC's CSV: as keepassxc-cli exports it, and as Latchkey writes it for KeePassXC. */
class KeePassXcCsvTest {
    @TempDir Path temp;

    private static String text(Secret s) {
        return s == null ? "" : new String(s.bytes(), StandardCharsets.UTF_8);
    }

    /** keepassxc-cli's CSV of a database reads as the same entries as the database itself. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"NewDatabase.kdbx, a", "NewDatabase2.kdbx, a", "ProtectedStrings.kdbx, masterpw", "NonAscii.kdbx, Δöض"})
    void keepassxcCliCsvReadsLikeTheDatabase(String name, String password) throws Exception {
        Path db = KeePassCli.corpus(name);
        Path csv = Files.writeString(temp.resolve(name + ".csv"),
                KeePassCli.run(password + "\n", "export", "-q", "-f", "csv", db.toString()));
        assertThat(ImportFormat.detect(csv)).isEqualTo(ImportFormat.KEEPASSXC_CSV);
        List<ImportedEntry> fromCsv = new CsvPasswordReader(null).read(ImportSource.of(csv), Progress.NONE);
        List<ImportedEntry> fromDb = new KdbxPasswordReader().read(new ImportSource(db, password.toCharArray(), null),
                Progress.NONE);
        assertThat(fromCsv).hasSameSizeAs(fromDb);
        for (int i = 0; i < fromCsv.size(); i++) {
            ImportedEntry c = fromCsv.get(i);
            ImportedEntry d = fromDb.get(i);
            assertThat(c.title()).isEqualTo(d.title());
            assertThat(c.username()).isEqualTo(d.username());
            assertThat(text(c.password())).isEqualTo(text(d.password()));
            assertThat(c.urls()).isEqualTo(d.urls());
            assertThat(c.notes().replace("\r\n", "\n")).isEqualTo(d.notes().replace("\r\n", "\n"));
            assertThat(c.folder()).isEqualTo(d.folder());
            assertThat(c.created()).isEqualTo(d.created());
            c.close();
            d.close();
        }
    }

    /** Latchkey's CSV in KeePassXC's columns imports back as the same items, code included. */
    @Test
    void latchkeysKeePassXcCsvRoundTrips() throws Exception {
        Path csv = temp.resolve("export.csv");
        try (Keychain source = TransferFixtures.keychain(temp.resolve("a"), "source")) {
            TransferFixtures.addSamples(source);
            byte[] bytes = CsvExporter.export(source, CsvFlavour.KEEPASSXC);
            Files.write(csv, bytes);
            Wipe.bytes(bytes);
        }
        try (Keychain target = TransferFixtures.keychain(temp.resolve("b"), "target");
                PasswordImport plan = PasswordImport.plan(target,
                        new CsvPasswordReader(null).read(ImportSource.of(csv), Progress.NONE), ImportOptions.DEFAULT)) {
            assertThat(plan.apply(DuplicatePolicy.SKIP, Progress.NONE).added()).hasSize(3);
            Item web = target.items().stream().filter(i -> i.displayName().equals("Example, Inc.")).findFirst().orElseThrow();
            assertThat(web.attributes().text(Attribute.ACCOUNT)).isEqualTo("alice");
            assertThat(web.attributes().text(Attribute.FOLDER)).isEqualTo("Internet/Shops");
            assertThat(web.attributes().text(Attribute.COMMENT)).isEqualTo("line one\nline two");
            assertThat(web.attributes().text(Attribute.OTP)).contains("issuer=Example");
            assertThat(web.attributes().instant(Attribute.CREATED)).hasValue(java.time.Instant.parse("2020-01-02T03:04:05Z"));
            try (Secret pw = target.readSecret(web.id()); Secret seed = target.readSecret(web.id(), SecretKind.OTP_SEED)) {
                assertThat(text(pw)).isEqualTo("s3cr\"et, with comma");
                assertThat(seed.length()).isPositive();
            }
            Item note = target.items().stream().filter(i -> i.displayName().equals("Recovery codes")).findFirst().orElseThrow();
            try (Secret s = target.readSecret(note.id())) {
                assertThat(text(s)).isEqualTo("one\ntwo, \"three\"\nÄÖÜ 秘密");
            }
        }
    }
}
