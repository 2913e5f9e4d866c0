package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every foundation command, in-process on a real keychain in a temp folder. */
class CliCommandsTest {
    @TempDir
    Path home;
    @TempDir
    Path files;

    private CliRun cli;
    private String pwFile;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(home);
        Path pw = files.resolve("pw");
        Files.writeString(pw, "correct horse battery\nsecond line ignored\n");
        pwFile = pw.toString();
        assertThat(cli.run("--password-file", pwFile, "create-keychain", "login").code()).isZero();
    }

    private CliRun.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--password-file";
        all[1] = pwFile;
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    @Test
    void genericPasswordLifecycle() throws Exception {
        assertThat(run("add-generic-password", "-s", "mail", "-a", "alice", "-w", "s3cret", "-j", "work").code()).isZero();
        CliRun.Result found = run("find-generic-password", "-s", "mail", "-a", "alice", "-w");
        assertThat(found.code()).isZero();
        assertThat(found.out()).isEqualTo("s3cret\n");

        CliRun.Result text = run("find-generic-password", "-a", "alice");
        assertThat(text.out()).contains("class: \"genp\"", "acct=\"alice\"", "svce=\"mail\"", "icmt=\"work\"")
                .doesNotContain("s3cret");

        JsonNode json = JSON.readTree(run("find-generic-password", "-s", "mail", "-g", "--json").out());
        assertThat(json.get("class").asText()).isEqualTo("genp");
        assertThat(json.at("/attributes/account").asText()).isEqualTo("alice");
        assertThat(json.at("/attributes/comment").asText()).isEqualTo("work");
        assertThat(json.get("password").asText()).isEqualTo("s3cret");

        assertThat(run("add-generic-password", "-s", "mail", "-a", "alice", "-w", "other").code()).isEqualTo(45);
        assertThat(run("add-generic-password", "-s", "mail", "-a", "alice", "-w", "updated", "-U").code()).isZero();
        assertThat(run("find-generic-password", "-s", "mail", "-w").out()).isEqualTo("updated\n");
        assertThat(run("find-generic-password", "-s", "mail").out()).as("-U keeps the comment").contains("icmt=\"work\"");

        assertThat(run("delete-generic-password", "-s", "mail", "-a", "alice").code()).isZero();
        CliRun.Result gone = run("find-generic-password", "-s", "mail");
        assertThat(gone.code()).isEqualTo(44);
        assertThat(gone.err()).startsWith("latchkey: ITEM_NOT_FOUND: ");
        assertThat(run("delete-generic-password", "-s", "mail").code()).isEqualTo(44);
    }

    @Test
    void internetPasswordSelectors() throws Exception {
        assertThat(run("add-internet-password", "-s", "example.com", "-a", "bob", "-r", "htps", "-P", "443",
                "-p", "/login", "-w", "pw1", "--url", "https://example.com/login").code()).isZero();
        assertThat(run("add-internet-password", "-s", "example.com", "-a", "bob", "-r", "htps", "-P", "8443",
                "-w", "pw2").code()).as("another port is another item").isZero();
        assertThat(run("find-internet-password", "-s", "EXAMPLE.com", "-P", "8443", "-w").out()).isEqualTo("pw2\n");
        JsonNode all = JSON.readTree(run("find-internet-password", "-s", "example.com", "--all", "--json").out());
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).at("/attributes/urls/0").asText()).isEqualTo("https://example.com/login");
        CliRun.Result badPort = run("add-internet-password", "-s", "x", "-a", "y", "-P", "99999", "-w", "z");
        assertThat(badPort.code()).isEqualTo(2);
        assertThat(badPort.err()).isEqualTo("latchkey: PARAM: -P PORT must be between 0 and 65535\n");
        assertThat(run("add-internet-password", "-s", " ", "-a", "y", "-w", "z").err())
                .as("a blank server, refused by the model's rule in the command's words")
                .isEqualTo("latchkey: PARAM: add-internet-password needs -s SERVER and -a ACCOUNT\n");
        assertThat(run("delete-internet-password", "-s", "example.com", "--all").code()).isZero();
        assertThat(run("find-internet-password", "-s", "example.com").code()).isEqualTo(44);
    }

    @Test
    void secretsFromStandardInput() {
        assertThat(cli.runWithInput("from-stdin\n", "--password-file", pwFile, "add-generic-password", "-s", "s",
                "-a", "a", "-w", "-").code()).isZero();
        assertThat(run("find-generic-password", "-s", "s", "-w").out()).isEqualTo("from-stdin\n");
        String note = "line one\nline two\n";
        assertThat(cli.runWithInput(note, "add-note", "-l", "Wi-Fi", "-w", "-", "--password-file", pwFile).code())
                .as("global options after the command name").isZero();
        assertThat(run("find-note", "-l", "Wi-Fi", "-w").out()).isEqualTo(note + "\n");
    }

    @Test
    void dumpKeychainListsEverythingAndSecretsOnlyWithD() throws Exception {
        run("add-generic-password", "-s", "svc", "-a", "acc", "-w", "pw-generic");
        run("add-internet-password", "-s", "host.example", "-a", "me", "-w", "pw-inet");
        run("add-note", "-l", "Safe combination", "-w", "12-34-56");
        CliRun.Result plain = run("dump-keychain");
        assertThat(plain.out()).contains("\"genp\"", "\"inet\"", "\"note\"").doesNotContain("pw-generic", "12-34-56");
        JsonNode json = JSON.readTree(run("dump-keychain", "-d", "--json").out());
        assertThat(json).hasSize(3);
        assertThat(json.findValuesAsText("password")).containsExactlyInAnyOrder("pw-generic", "pw-inet");
        assertThat(json.findValuesAsText("note")).containsExactly("12-34-56");
    }

    @Test
    void keychainManagement() throws Exception {
        assertThat(run("create-keychain", "work").code()).isZero();
        assertThat(run("create-keychain", "work").code()).isEqualTo(45);
        assertThat(run("list-keychains").out()).contains("* login", "  work");
        assertThat(run("default-keychain").out()).isEqualTo("login\n");
        assertThat(run("default-keychain", "work").code()).isZero();
        JsonNode list = JSON.readTree(run("list-keychains", "--json").out());
        assertThat(list.findValuesAsText("name")).containsExactly("login", "work");
        assertThat(list.get(1).get("default").asBoolean()).isTrue();

        run("add-generic-password", "-s", "on-work", "-a", "a", "-w", "w");
        assertThat(run("-k", "login", "find-generic-password", "-s", "on-work").code()).isEqualTo(44);
        assertThat(run("find-generic-password", "-s", "on-work", "-k", "work").code()).isZero();

        JsonNode info = JSON.readTree(run("show-keychain-info", "work", "--json", "--settings").out());
        assertThat(info.get("items").asInt()).isEqualTo(1);
        assertThat(info.at("/kdf/memoryKiB").asInt()).isEqualTo(65536);
        assertThat(info.get("autoLockMinutes").asInt()).isEqualTo(15);
        assertThat(run("set-keychain-settings", "work", "-t", "5", "--no-lock-on-sleep").code()).isZero();
        assertThat(run("show-keychain-info", "work", "--settings").out())
                .contains("after 5 idle minutes", "lock on sleep:  no");

        assertThat(run("delete-keychain", "work").code()).isZero();
        assertThat(run("-k", "work", "find-generic-password", "-s", "x").code()).isEqualTo(1);
        assertThat(run("list-keychains").out()).doesNotContain("work");
    }

    @Test
    void keychainByPath() {
        Path file = files.resolve("elsewhere.keychain.mv.db");
        assertThat(run("create-keychain", file.toString()).code()).isZero();
        assertThat(run("-k", file.toString(), "add-note", "-l", "n", "-w", "t").code()).isZero();
        assertThat(run("-k", file.toString(), "find-note", "-l", "n", "-w").out()).isEqualTo("t\n");
    }

    @Test
    void changePassword() throws Exception {
        run("add-note", "-l", "kept", "-w", "text");
        Path next = files.resolve("next");
        Files.writeString(next, "a brand new passphrase\n");
        assertThat(run("set-keychain-password", "--new-password-file", next.toString()).code()).isZero();
        assertThat(run("find-note", "-l", "kept").code()).isEqualTo(51);
        assertThat(cli.run("--password-file", next.toString(), "find-note", "-l", "kept", "-w").out()).isEqualTo("text\n");
    }

    @Test
    void promptsWhenNoPasswordFileIsGiven() {
        cli.typing("correct horse battery");
        assertThat(cli.run("add-generic-password", "-s", "s", "-a", "a", "-w", "p").code()).isZero();
        cli.typing("correct horse battery", "new-item-pw", "new-item-pw");
        CliRun.Result r = cli.run("add-generic-password", "-s", "t", "-a", "a");
        assertThat(r.code()).as(r.err()).isZero();
        cli.typing("typed", "different");
        assertThat(cli.run("create-keychain", "x").err()).contains("PARAM", "do not match");
        CliRun.Result noTty = cli.noTerminal().run("find-generic-password", "-s", "s");
        assertThat(noTty.code()).isEqualTo(2);
        assertThat(noTty.err()).contains("--password-file");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("add-generic-password", "-s", "only-service", "-w", "x").code()).isEqualTo(2);
        assertThat(run("delete-generic-password").code()).isEqualTo(2);
        assertThat(run("add-note", "-w", "no label").code()).isEqualTo(2);
        CliRun.Result r = cli.run("find-generic-password", "--no-such-option");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option").contains("--help");
        assertThat(cli.run("create-keychain", "bad*name", "--password-file", pwFile).code()).isEqualTo(2);
        assertThat(cli.run("--password-file", files.resolve("missing").toString(), "dump-keychain").code()).isEqualTo(2);
    }

    @Test
    void noDefaultKeychain() {
        CliRun.Result r = new CliRun(files.resolve("empty-home")).run("--password-file", pwFile, "dump-keychain");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("NO_DEFAULT_KEYCHAIN", "create-keychain");
    }

    @Test
    void generatePasswordNeedsNoKeychain() throws Exception {
        CliRun fresh = new CliRun(files.resolve("never-created"));
        CliRun.Result r = fresh.run("generate-password", "--length", "32", "--no-symbols", "--count", "3");
        assertThat(r.code()).isZero();
        assertThat(r.out().split("\n")).hasSize(3).allMatch(p -> p.matches("[A-Za-z0-9]{32}"));
        assertThat(Files.exists(files.resolve("never-created"))).isFalse();
        JsonNode j = JSON.readTree(fresh.run("generate-password", "--style", "pin", "--length", "8", "--json").out());
        assertThat(j.get("password").asText()).matches("[0-9]{8}");
        assertThat(j.get("entropyBits").asDouble()).isBetween(26.0, 27.0);
        assertThat(fresh.run("generate-password", "--style", "memorable", "--length", "2").code()).isEqualTo(2);
        assertThat(fresh.run("generate-password", "--style", "nonsense").code()).isEqualTo(2);
    }

    @Test
    void versionAndHelp() {
        CliRun.Result v = cli.run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("latchkey ");
        CliRun.Result h = cli.run("--help");
        assertThat(h.out()).contains("add-generic-password", "find-internet-password", "generate-password", "Exit codes");
    }
}
