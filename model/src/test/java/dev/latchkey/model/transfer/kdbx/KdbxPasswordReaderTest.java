package dev.latchkey.model.transfer.kdbx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.SecretParts;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.transfer.KeePassCli;
import dev.latchkey.model.transfer.entries.ImportSource;
import dev.latchkey.model.transfer.entries.ImportedEntry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * KeePassXC's own test databases (../shared/corpus/keepassxc), read by Latchkey and compared
 * field by field with what keepassxc-cli exports from the same file.
 */
class KdbxPasswordReaderTest {
    @TempDir Path temp;

    static List<ImportedEntry> read(Path file, String password, Path keyFile) throws LatchkeyException {
        return new KdbxPasswordReader().read(new ImportSource(file, password == null ? null : password.toCharArray(),
                keyFile), Progress.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        "NewDatabase.kdbx, a, -", "NewDatabase2.kdbx, a, -", "Format300.kdbx, a, -", "Format400.kdbx, t, -",
        "NewDatabaseBrowser.kdbx, a, -", "ProtectedStrings.kdbx, masterpw, -", "NonAscii.kdbx, Δöض, -",
        "Compressed.kdbx, '', -", "RecycleBinWithData.kdbx, 123, -",
        "KeyFileProtected.kdbx, a, KeyFileProtected.key", "KeyFileProtectedNoPassword.kdbx, -, KeyFileProtectedNoPassword.key",
        "FileKeyXmlV2.kdbx, -, FileKeyXmlV2.keyx"})
    void readsEveryEntryAsKeePassXcExportsIt(String name, String password, String keyName) throws Exception {
        Path file = KeePassCli.corpus(name);
        Path key = keyName == null ? null : KeePassCli.corpus(keyName);
        List<ImportedEntry> ours = read(file, password, key);
        List<String> args = new ArrayList<>(List.of("export", "-q", "-f", "csv"));
        if (key != null) {
            args.addAll(List.of("-k", key.toString()));
        }
        if (password == null) {
            args.add("--no-password");
        }
        args.add(file.toString());
        String csv = KeePassCli.run(password == null ? "" : password + "\n", args.toArray(String[]::new));
        List<CSVRecord> theirs = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        // keepassxc-cli exports the recycle bin too; Latchkey leaves it out.
        theirs = theirs.stream().filter(r -> !r.get("Group").matches("[^/]*/Recycle Bin(/.*)?")).toList();
        assertThat(ours).hasSize(theirs.size());
        for (int i = 0; i < ours.size(); i++) {
            ImportedEntry e = ours.get(i);
            CSVRecord r = theirs.get(i);
            String group = r.get("Group");
            assertThat(e.folder()).isEqualTo(group.contains("/") ? group.substring(group.indexOf('/') + 1) : "");
            assertThat(e.title()).isEqualTo(r.get("Title"));
            assertThat(e.username()).isEqualTo(r.get("Username"));
            assertThat(e.password() == null ? "" : new String(e.password().bytes(), StandardCharsets.UTF_8))
                    .isEqualTo(r.get("Password"));
            assertThat(String.join(",", e.urls())).isEqualTo(r.get("URL"));
            assertThat(e.notes().replace("\r\n", "\n")).isEqualTo(r.get("Notes").replace("\r\n", "\n"));
            if (!r.get("Created").isEmpty()) {
                assertThat(e.created()).hasToString(r.get("Created"));
            }
            e.close();
        }
    }

    /** KeePassJava2 reads KDBX 3.1 and 4 only; older files get one line saying what to do. */
    @ParameterizedTest
    @CsvSource({"Format200.kdbx, a, -", "FileKeyBinary.kdbx, -, FileKeyBinary.key", "FileKeyXml.kdbx, -, FileKeyXml.key"})
    void kdbx2IsRefusedWithAWayOut(String name, String password, String keyName) {
        assertThatThrownBy(() -> read(KeePassCli.corpus(name), "-".equals(password) ? null : password,
                "-".equals(keyName) ? null : KeePassCli.corpus(keyName))).isInstanceOfSatisfying(LatchkeyException.class, e -> {
                    assertThat(e.status()).isEqualTo(Status.UNSUPPORTED_FORMAT);
                    assertThat(e.getMessage()).contains("KDBX 2").contains("save it in KeePass");
                });
    }

    @Test
    void keepsCustomFieldsAndAttachments() throws Exception {
        List<ImportedEntry> entries = read(KeePassCli.corpus("ProtectedStrings.kdbx"), "masterpw", null);
        ImportedEntry e = entries.get(0);
        SecretParts.Part field = e.fields().stream().filter(f -> f.name().equals("TestProtected")).findFirst().orElseThrow();
        assertThat(field.hidden()).isTrue();
        assertThat(new String(field.value().bytes(), StandardCharsets.UTF_8)).isEqualTo("ABC");
        entries.forEach(ImportedEntry::close);

        List<ImportedEntry> format400 = read(KeePassCli.corpus("Format400.kdbx"), "t", null);
        ImportedEntry withAttachment = format400.get(0);
        assertThat(withAttachment.attachments()).extracting(SecretParts.Part::name).containsExactly("Format400");
        String exported = KeePassCli.run("t\n", "attachment-export", "-q", "--stdout",
                KeePassCli.corpus("Format400.kdbx").toString(), "/Format400", "Format400");
        assertThat(new String(withAttachment.attachments().get(0).value().bytes(), StandardCharsets.UTF_8))
                .isEqualTo(exported).isEqualTo("Format400\n");
        format400.forEach(ImportedEntry::close);
    }

    /** The user sees Latchkey's one line, not the XML parser's complaint about a binary key file. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {"KeyFileProtected.kdbx, a, KeyFileProtected.key",
        "KeyFileProtectedNoPassword.kdbx, -, KeyFileProtectedNoPassword.key", "FileKeyXmlV2.kdbx, -, FileKeyXmlV2.keyx"})
    void aKeyFileIsReadWithoutNoiseOnStandardError(String name, String password, String keyName) throws Exception {
        Path file = KeePassCli.corpus(name);
        Path key = KeePassCli.corpus(keyName);
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<ImportedEntry> entries;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            entries = read(file, password, key);
        } finally {
            System.setErr(original);
        }
        // Read without an error: the key file gave the right key.
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        entries.forEach(ImportedEntry::close);
    }

    /** Key files of KeePass's three non-XML kinds, on databases pykeepass wrote with them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"hex, 64 hexadecimal characters", "raw, 32 bytes", "any, any other file"})
    void everyKindOfKeyFileOpensTheDatabaseItWasMadeFor(String kind, String what) throws Exception {
        Path key = temp.resolve(kind + ".key");
        byte[] content = switch (kind) {
            case "hex" -> "0123456789abcdef".repeat(4).getBytes(StandardCharsets.US_ASCII);
            case "raw" -> new byte[] {(byte) 0xc3, 0x28, 0, -1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28};
            default -> "Any file can be a key file: KeePass takes its SHA-256.\n".repeat(3)
                    .getBytes(StandardCharsets.UTF_8);
        };
        Files.write(key, content);
        Path db = temp.resolve(kind + ".kdbx");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", String.join("\n",
                "import sys",
                "from pykeepass import create_database",
                "kp = create_database(sys.argv[1], password=None, keyfile=sys.argv[2])",
                "kp.add_entry(kp.root_group, 'made with a key file', 'user', 'pw')",
                "kp.save()"), db.toString(), key.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeFalse(out.contains("No module named 'pykeepass'"),
                "python3-pykeepass is not installed");
        assertThat(p.waitFor()).as(out).isZero();
        List<ImportedEntry> entries = read(db, null, key);
        assertThat(entries).extracting(ImportedEntry::title).as(what).containsExactly("made with a key file");
        entries.forEach(ImportedEntry::close);
    }

    @Test
    void aWrongPasswordOrKeyFileIsOneClearError() {
        assertThatThrownBy(() -> read(KeePassCli.corpus("NewDatabase.kdbx"), "b", null))
                .isInstanceOfSatisfying(LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.WRONG_PASSPHRASE));
        assertThatThrownBy(() -> read(KeePassCli.corpus("Format400.kdbx"), "wrong", null))
                .isInstanceOfSatisfying(LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.WRONG_PASSPHRASE));
        assertThatThrownBy(() -> read(KeePassCli.corpus("KeyFileProtected.kdbx"), "a", null))
                .isInstanceOfSatisfying(LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.WRONG_PASSPHRASE));
        assertThatThrownBy(() -> read(KeePassCli.corpus("NewDatabase.kdbx"), null, null))
                .isInstanceOfSatisfying(LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.PASSPHRASE_REQUIRED));
    }

    @Test
    void aChangedHeaderIsRefused() {
        assertThatThrownBy(() -> read(KeePassCli.corpus("BrokenHeaderHash.kdbx"), "", null))
                .isInstanceOfSatisfying(LatchkeyException.class, e -> {
                    assertThat(e.status()).isEqualTo(Status.DECODE);
                    assertThat(e.getMessage()).contains("BrokenHeaderHash.kdbx").doesNotContain("\n");
                });
    }

    @ParameterizedTest
    @CsvSource({"NewDatabase.kdbx, a", "Format400.kdbx, t"})
    void truncatedFilesAreOneClearError(String name, String password) throws Exception {
        byte[] whole = Files.readAllBytes(KeePassCli.corpus(name));
        for (int length : new int[] {4, 40, whole.length / 2, whole.length - 1}) {
            Path cut = temp.resolve("cut-" + length + ".kdbx");
            Files.write(cut, java.util.Arrays.copyOf(whole, length));
            assertThatThrownBy(() -> read(cut, password, null)).as("cut at %d", length)
                    .isInstanceOfSatisfying(LatchkeyException.class, e -> {
                        assertThat(e.status()).isIn(Status.DECODE, Status.WRONG_PASSPHRASE);
                        assertThat(e.getMessage()).doesNotContain("\n");
                    });
        }
    }

    @Test
    void garbageIsNotADatabase() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path garbage = temp.resolve("garbage.kdbx");
        Files.write(garbage, noise);
        assertThatThrownBy(() -> read(garbage, "a", null)).isInstanceOfSatisfying(LatchkeyException.class, e -> {
            assertThat(e.status()).isEqualTo(Status.DECODE);
            assertThat(e.getMessage()).contains("not a KeePass database");
        });
    }
}
