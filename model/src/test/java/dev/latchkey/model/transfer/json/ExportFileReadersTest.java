package dev.latchkey.model.transfer.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.SecretParts;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.transfer.ImportFormat;
import dev.latchkey.model.transfer.PasswordReaders;
import dev.latchkey.model.transfer.KeePassCli;
import dev.latchkey.model.transfer.entries.ImportSource;
import dev.latchkey.model.transfer.entries.ImportedEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bitwarden JSON and 1Password 1PUX from KeePassXC's corpus, a dump-keychain text, and broken files. */
class ExportFileReadersTest {
    @TempDir Path temp;

    private static List<ImportedEntry> read(Path file, String password) throws LatchkeyException {
        return PasswordReaders.of(ImportFormat.detect(file)).read(new ImportSource(file,
                password == null ? null : password.toCharArray(), null), Progress.NONE);
    }

    private static String text(dev.latchkey.crypto.secret.Secret s) {
        return new String(s.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void bitwardenJsonLoginsNotesCardsAndIdentities() throws Exception {
        List<ImportedEntry> entries = read(KeePassCli.corpus("bitwarden_export.json"), null);
        assertThat(entries).extracting(ImportedEntry::title)
                .containsExactly("My Secure Note", "Card Name", "My Identity", "Login Name");
        ImportedEntry login = entries.get(3);
        assertThat(login.kind()).isEqualTo(ImportedEntry.Kind.LOGIN);
        assertThat(login.urls()).containsExactly("https://mail.google.com", "https://google.com", "https://gmail.com");
        assertThat(login.folder()).isEqualTo("My Folder");
        assertThat(login.tags()).containsExactly("Favorite");
        assertThat(login.fields()).extracting(SecretParts.Part::name).contains("otp", "Hidden Field");
        assertThat(login.fields().stream().filter(f -> f.name().equals("Hidden Field")).findFirst().orElseThrow().hidden())
                .isTrue();
        ImportedEntry card = entries.get(1);
        assertThat(card.kind()).isEqualTo(ImportedEntry.Kind.NOTE);
        SecretParts.Part number = card.fields().stream().filter(f -> f.name().equals("Number")).findFirst().orElseThrow();
        assertThat(number.hidden()).isTrue();
        assertThat(text(number.value())).isEqualTo("1234567891011121");
        assertThat(entries.get(2).fields()).extracting(SecretParts.Part::name).contains("First name", "Last name");
    }

    @Test
    void passwordProtectedBitwardenExportsNeedTheirPassword() throws Exception {
        for (String name : List.of("bitwarden_encrypted_export.json", "bitwarden_encrypted_argon2id_export.json")) {
            Path file = KeePassCli.corpus(name);
            assertThatThrownBy(() -> read(file, null)).isInstanceOfSatisfying(LatchkeyException.class,
                    e -> assertThat(e.status()).isEqualTo(Status.PASSPHRASE_REQUIRED));
            assertThatThrownBy(() -> read(file, "b")).isInstanceOfSatisfying(LatchkeyException.class,
                    e -> assertThat(e.status()).isEqualTo(Status.WRONG_PASSPHRASE));
            List<ImportedEntry> entries = read(file, "a");
            assertThat(entries).extracting(ImportedEntry::title).contains("KeePassXC");
        }
    }

    @Test
    void onePuxLoginsNotesAndDocuments() throws Exception {
        List<ImportedEntry> entries = read(KeePassCli.corpus("1PasswordExport.1pux"), null);
        ImportedEntry login = entries.stream().filter(e -> e.kind() == ImportedEntry.Kind.LOGIN
                && e.urls().contains("https://keepassxc.org") && !e.tags().contains("Archived")).findFirst().orElseThrow();
        assertThat(login.username()).isEqualTo("team@keepassxc.org");
        assertThat(text(login.password())).isEqualTo("password");
        assertThat(login.notes()).isEqualTo("Note to self");
        assertThat(login.folder()).isEqualTo("Personal");
        assertThat(login.fields()).extracting(SecretParts.Part::name).contains("TOTP Seed");
        ImportedEntry note = entries.stream().filter(e -> e.title().equals("Secure Note")).findFirst().orElseThrow();
        assertThat(note.kind()).isEqualTo(ImportedEntry.Kind.NOTE);
        assertThat(note.tags()).containsExactly("Note", "Secret Stuff");
        ImportedEntry document = entries.stream().filter(e -> e.title().equals("KeePassXC Logo")).findFirst().orElseThrow();
        assertThat(document.attachments()).hasSize(1);
        assertThat(document.attachments().get(0).name()).isEqualTo("keepassxc.png");
        assertThat(document.attachments().get(0).value().length()).isEqualTo(18422);
        ImportedEntry password = entries.stream().filter(e -> e.title().equals("UUID 005 Password")).findFirst().orElseThrow();
        assertThat(text(password.password())).isEqualTo("uuid005password");
    }

    @Test
    void aKeychainAccessDump() throws Exception {
        Path dump = temp.resolve("login.txt");
        Files.writeString(dump, """
                keychain: "/Users/anna/Library/Keychains/login.keychain-db"
                version: 512
                class: "inet"
                attributes:
                    0x00000007 <blob>="example.com (anna)"
                    0x00000008 <blob>=<NULL>
                    "acct"<blob>="anna"
                    "atyp"<blob>="form"
                    "cdat"<timedate>=0x32303139303132323130343434365A00  "20190122104446Z\\000"
                    "mdat"<timedate>=0x32303230303132323130343434365A00  "20200122104446Z\\000"
                    "port"<uint32>=0x00000000\s
                    "ptcl"<uint32>="htps"
                    "srvr"<blob>="example.com"
                data:
                "p\\303\\244ss"
                keychain: "/Users/anna/Library/Keychains/login.keychain-db"
                version: 512
                class: "genp"
                attributes:
                    0x00000007 <blob>="Wi-Fi"
                    "acct"<blob>="home"
                    "svce"<blob>="AirPort"
                data:
                0x313233343536373839  "123456789"
                keychain: "/Users/anna/Library/Keychains/login.keychain-db"
                version: 512
                class: 0x80001000\s
                attributes:
                    "alis"<blob>="Apple Root CA"
                """);
        assertThat(ImportFormat.detect(dump)).isEqualTo(ImportFormat.KEYCHAIN_DUMP);
        List<ImportedEntry> entries = read(dump, null);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).urls()).containsExactly("https://example.com");
        assertThat(text(entries.get(0).password())).isEqualTo("päss");
        assertThat(entries.get(0).created()).hasToString("2019-01-22T10:44:46Z");
        assertThat(text(entries.get(1).password())).isEqualTo("123456789");
        assertThat(entries.get(1).title()).isEqualTo("Wi-Fi");
        assertThat(entries.get(0).notKept()).anyMatch(s -> s.contains("certificate"));
    }

    @Test
    void brokenJsonNamesLineAndColumn() throws Exception {
        Path json = temp.resolve("bw.json");
        Files.writeString(json, "{\n  \"items\": [\n    {\"type\": 1, \"name\": \"a\",, }\n  ]\n}\n");
        assertThatThrownBy(() -> read(json, null)).isInstanceOfSatisfying(LatchkeyException.class, e -> {
            assertThat(e.status()).isEqualTo(Status.DECODE);
            assertThat(e.getMessage()).startsWith("bw.json: line 3, column").doesNotContain("\n");
        });
        Path truncated = temp.resolve("cut.1pux");
        byte[] whole = Files.readAllBytes(KeePassCli.corpus("1PasswordExport.1pux"));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> read(truncated, null)).isInstanceOfSatisfying(LatchkeyException.class,
                e -> assertThat(e.status()).isEqualTo(Status.DECODE));
    }
}
