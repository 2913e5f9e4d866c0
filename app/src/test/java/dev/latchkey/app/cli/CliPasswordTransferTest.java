package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-passwords, export-passwords, backup and restore on real keychains in a temp folder. */
class CliPasswordTransferTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path home;
    @TempDir Path files;

    private CliRun cli;
    private String pwFile;
    private String passphraseFile;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(home);
        pwFile = Files.writeString(files.resolve("pw"), "correct horse battery\n").toString();
        passphraseFile = Files.writeString(files.resolve("passphrase"), "file passphrase\n").toString();
        assertThat(cli.run("--password-file", pwFile, "create-keychain", "login").code()).isZero();
        assertThat(cli.run("--password-file", pwFile, "create-keychain", "other").code()).isZero();
    }

    private CliRun.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--password-file";
        all[1] = pwFile;
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private Path chromeCsv() throws Exception {
        return Files.writeString(files.resolve("Chrome Passwords.csv"), "\uFEFFname,url,username,password\n"
                + "example.com,https://example.com/,\"Müller, Anna\",\"pa,ss\"\"word\"\n"
                + "mail,,bob,\"two\nlines\"\n", StandardCharsets.UTF_8);
    }

    @Test
    void importsAChromeCsvAfterADryRun() throws Exception {
        Path csv = chromeCsv();
        CliRun.Result dry = run("import-passwords", csv.toString(), "--dry-run", "--json");
        assertThat(dry.code()).isZero();
        JsonNode plan = JSON.readTree(dry.out());
        assertThat(plan.get("format").asText()).isEqualTo("chrome-csv");
        assertThat(plan.get("dryRun").asBoolean()).isTrue();
        assertThat(plan.get("entries")).hasSize(2);
        assertThat(run("dump-keychain", "--json").out().strip()).isEqualTo("[ ]");

        CliRun.Result done = run("import-passwords", csv.toString());
        assertThat(done.code()).isZero();
        assertThat(done.out()).startsWith("Imported 2 items.");
        assertThat(run("find-internet-password", "-s", "example.com", "-w").out()).isEqualTo("pa,ss\"word\n");
        assertThat(run("find-generic-password", "-s", "mail", "-w").out()).isEqualTo("two\nlines\n");

        CliRun.Result again = run("import-passwords", csv.toString(), "--duplicates", "skip");
        assertThat(again.out()).startsWith("Imported 0 items; skipped 2 duplicates.");
    }

    @Test
    void malformedInputExits65WithTheLineAndWritesNothing() throws Exception {
        Path csv = Files.writeString(files.resolve("broken.csv"), "name,url,username,password\n"
                + "a,https://a.example,u,p\nb,https://b.example,u\n");
        CliRun.Result r = run("import-passwords", csv.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.err()).isEqualTo("latchkey: DECODE: broken.csv: line 3: has 3 fields where the header has 4; "
                + "nothing was imported\n");
        assertThat(run("dump-keychain", "--json").out().strip()).isEqualTo("[ ]");

        Path garbage = Files.write(files.resolve("garbage.bin"), new byte[] {1, 2, 3, 4, 5});
        CliRun.Result unknown = run("import-passwords", garbage.toString());
        assertThat(unknown.code()).as(unknown.err()).isEqualTo(65);
        assertThat(unknown.err()).contains("UNSUPPORTED_FORMAT").contains("--format");
    }

    @Test
    void aKeePassDatabaseWithItsPasswordFromAFileOrTyped() throws Exception {
        String root = System.getProperty("latchkey.corpus");
        Path kdbx = root == null ? null : Path.of(root, "keepassxc", "NewDatabase.kdbx");
        Assumptions.assumeTrue(kdbx != null && Files.exists(kdbx), "corpus not found (set -Dlatchkey.corpus)");
        Path wrong = Files.writeString(files.resolve("wrong"), "b\n");
        CliRun.Result refused = run("import-passwords", kdbx.toString(), "--passphrase-file", wrong.toString());
        assertThat(refused.code()).isEqualTo(65);
        assertThat(refused.err()).startsWith("latchkey: WRONG_PASSPHRASE: ");
        cli.typing("a");
        CliRun.Result r = run("import-passwords", kdbx.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.at("/result/added").asInt()).isEqualTo(json.get("entries").size()).isPositive();
        assertThat(run("find-internet-password", "-s", "www.somesite.com", "-a", "User Name", "-w").out())
                .isEqualTo("Password\n");
    }

    @Test
    void exportedCsvWarnsIsOwnerOnlyAndImportsBack() throws Exception {
        run("import-passwords", chromeCsv().toString());
        Path out = files.resolve("export.csv");
        CliRun.Result r = run("export-passwords", "-o", out.toString(), "-f", "csv", "--columns", "bitwarden");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("warning: CSV is plain text");
        assertThat(r.out()).isEqualTo("Exported 2 items to " + out + ".\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(run("-k", "other", "import-passwords", out.toString()).code()).isZero();
        assertThat(run("-k", "other", "find-internet-password", "-s", "example.com", "-w").out())
                .isEqualTo("pa,ss\"word\n");
    }

    @Test
    void backupAndRestoreAndATamperedBackupIsRefused() throws Exception {
        run("import-passwords", chromeCsv().toString());
        Path backup = files.resolve("login.lkbackup");
        assertThat(run("backup", "-o", backup.toString(), "--passphrase-file", passphraseFile).out())
                .isEqualTo("Backed up 2 items to " + backup + ".\n");
        CliRun.Result restored = run("-k", "other", "restore", backup.toString(), "--passphrase-file", passphraseFile);
        assertThat(restored.code()).isZero();
        assertThat(restored.out()).isEqualTo("Restored 2 items.\n");
        assertThat(run("-k", "other", "find-generic-password", "-s", "mail", "-w").out()).isEqualTo("two\nlines\n");

        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length - 3] ^= 0x20;
        Path tampered = Files.write(files.resolve("tampered.lkbackup"), bytes);
        CliRun.Result refused = run("-k", "other", "restore", tampered.toString(), "--passphrase-file", passphraseFile,
                "--duplicates", "keep-both");
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).startsWith("latchkey: TAMPERED: tampered.lkbackup was changed or damaged");
        assertThat(run("-k", "other", "dump-keychain", "--json").out()).doesNotContain("(2)");
    }
}
