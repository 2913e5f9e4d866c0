package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** otp, match, audit and extract-code, in-process on a real keychain. */
class CliOtpAndAutofillTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    // RFC 6238 Appendix B seed "12345678901234567890" in Base32.
    private static final String RFC_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @TempDir
    Path home;
    @TempDir
    Path files;

    private CliRun cli;
    private String pw;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(home);
        Path f = files.resolve("pw");
        Files.writeString(f, "keychain password\n");
        pw = f.toString();
    }

    private CliRun.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--password-file";
        all[1] = pw;
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    @ParameterizedTest(name = "RFC 6238 at {0}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1234567890, 89005924", "20000000000, 65353130"})
    void codeFromASecretNeedsNoKeychain(String at, String expected) {
        CliRun.Result r = cli.run("otp", "code", "--secret", RFC_SEED, "--at", at, "--digits", "8");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(expected + "\n");
        assertThat(Files.exists(home.resolve("keychains"))).isFalse();
    }

    @Test
    void codeOptions() throws Exception {
        assertThat(cli.run("otp", "code", "--secret", RFC_SEED, "--counter", "0").out()).isEqualTo("755224\n");
        assertThat(cli.run("otp", "code", "--secret", RFC_SEED, "--counter", "9").out()).isEqualTo("520489\n");
        assertThat(cli.run("otp", "code", "--secret", RFC_SEED, "--at", "1970-01-01T00:00:59Z", "--digits", "8").out())
                .isEqualTo("94287082\n");
        assertThat(cli.runWithInput(RFC_SEED + "\n", "otp", "code", "--secret", "-", "--at", "59", "--digits", "8")
                .out()).isEqualTo("94287082\n");
        assertThat(cli.run("otp", "code", "--secret", RFC_SEED, "--steam").out()).matches("[2-9BCDFGHJKMNPQRTVWXY]{5}\n");
        JsonNode j = JSON.readTree(cli.run("otp", "code", "--secret", RFC_SEED, "--at", "59", "--json").out());
        assertThat(j.get("code").asText()).isEqualTo("287082");
        assertThat(j.get("validUntil").asText()).isEqualTo("1970-01-01T00:01:00Z");
    }

    @Test
    void badOtpInputIsAClearStatus() {
        CliRun.Result base32 = cli.run("otp", "code", "--secret", "not base32!!");
        assertThat(base32.code()).isEqualTo(65);
        assertThat(base32.err()).startsWith("latchkey: DECODE: ").doesNotContain("not base32");
        assertThat(cli.run("otp", "code", "--secret", RFC_SEED, "--algorithm", "MD5").code()).isEqualTo(65);
        assertThat(cli.run("otp", "code", "--secret", RFC_SEED, "--digits", "9").code()).isEqualTo(2);
        assertThat(cli.run("otp", "code", "--secret", RFC_SEED, "--at", "yesterday").code()).isEqualTo(2);
        assertThat(cli.run("otp", "code").code()).isEqualTo(2);

        run("create-keychain", "login");
        assertThat(run("otp", "add", "--uri", "otpauth://totp/x?secret=").code()).isIn(2, 65);
        assertThat(run("otp", "add", "--uri", "https://example.com").code()).isIn(2, 65);
        assertThat(run("otp", "add", "--qr", files.resolve("missing.png").toString()).code()).isNotZero();
        assertThat(run("otp", "list", "--json").out()).as("nothing was stored").contains("[ ]");
    }

    @Test
    void storedCodesAddListUseAndExport() throws Exception {
        assertThat(run("create-keychain", "login").code()).isZero();
        assertThat(run("otp", "add", "--uri", "otpauth://totp/GitHub:octo?secret=" + RFC_SEED + "&issuer=GitHub").code())
                .isZero();
        assertThat(run("otp", "add", "--secret", RFC_SEED, "--counter", "0", "-l", "VPN token").code()).isZero();
        JsonNode list = JSON.readTree(run("otp", "list", "--json").out());
        assertThat(list.findValuesAsText("label")).containsExactly("GitHub: octo", "VPN token");
        assertThat(list.get(0).get("code").asText()).matches("\\d{6}");
        assertThat(list.get(1).get("type").asText()).isEqualTo("HOTP");

        assertThat(run("otp", "code", "-l", "VPN token").out()).isEqualTo("755224\n");
        assertThat(run("otp", "code", "-l", "VPN token").out()).as("HOTP advances").isEqualTo("287082\n");
        assertThat(run("otp", "code", "-l", "nope").code()).isEqualTo(44);

        Path qr = files.resolve("code.png");
        assertThat(run("otp", "export", "-l", "GitHub: octo", "--qr", qr.toString()).code()).isZero();
        assertThat(run("otp", "export", "-l", "GitHub: octo", "--uri").out())
                .startsWith("otpauth://totp/").contains("secret=" + RFC_SEED);
        // The exported QR code imports back as the same code.
        run("create-keychain", "other");
        assertThat(run("-k", "other", "otp", "add", "--qr", qr.toString()).code()).isZero();
        assertThat(run("-k", "other", "otp", "list", "--json").out()).contains("GitHub");
    }

    @Test
    void attachToAPasswordItemAndAudit() throws Exception {
        run("create-keychain", "login");
        run("add-internet-password", "-s", "github.com", "-a", "octo", "-r", "htps", "-w", "password1");
        run("add-internet-password", "-s", "example.com", "-a", "octo", "-w", "password1");
        assertThat(run("otp", "add", "--secret", RFC_SEED, "--attach-to", "github.com").code()).isZero();
        JsonNode list = JSON.readTree(run("otp", "list", "--json").out());
        assertThat(list.get(0).get("attached").asBoolean()).isTrue();

        JsonNode audit = JSON.readTree(run("audit", "--json").out());
        assertThat(audit.at("/counts/weak").asInt()).isEqualTo(2);
        assertThat(audit.at("/counts/reused").asInt()).isEqualTo(2);
        assertThat(audit.at("/counts/otp_with_password").asInt()).isEqualTo(1);
        assertThat(run("audit").out()).contains("easy to guess", "more than one item");
    }

    @Test
    void auditAgainstAnOfflineBreachList() throws Exception {
        run("create-keychain", "login");
        run("add-generic-password", "-s", "forum", "-a", "me", "-w", "hunter2");
        // SHA-1("hunter2") = F3BBBD66A63D4BF1747940578EC3D0103530E21D; HIBP lists are sorted by hash.
        Path hibp = files.resolve("hibp.txt");
        Files.writeString(hibp, "0000000A0E3B9F25FF41DE4B5AC238C2D545C7A8:15\n"
                + "F3BBBD66A63D4BF1747940578EC3D0103530E21D:17043\n"
                + "FFFFFFF8A0382AA9C8D9536EFBA77F261815334D:3\n");
        JsonNode audit = JSON.readTree(run("audit", "--hibp", hibp.toString(), "--json").out());
        assertThat(audit.at("/counts/breached").asInt()).isEqualTo(1);
    }

    @Test
    void matchRanksCredentials() throws Exception {
        run("create-keychain", "login");
        run("add-internet-password", "-s", "github.com", "-a", "octo", "-r", "htps", "-w", "x");
        run("add-internet-password", "-s", "bar.github.io", "-a", "pages", "-w", "y");
        JsonNode m = JSON.readTree(run("match", "https://github.com/login", "--json").out());
        assertThat(m).hasSize(1);
        assertThat(m.get(0).get("match").asText()).isEqualTo("EXACT_ORIGIN");
        assertThat(run("match", "https://foo.github.io/").code()).as("foo.github.io is not bar.github.io").isEqualTo(44);
        JsonNode insecure = JSON.readTree(run("match", "http://github.com/", "--json").out());
        assertThat(insecure.get(0).get("insecure").asBoolean()).isTrue();
        assertThat(run("match", "https://github.com/").out()).contains("octo");
        assertThat(run("match").code()).isEqualTo(2);
    }

    @Test
    void extractCodeFromAMessage() {
        assertThat(cli.runWithInput("G-482913 is your Google verification code.", "extract-code").out())
                .isEqualTo("482913\n");
        CliRun.Result none = cli.runWithInput("Call me at 555-123-4567 tomorrow.", "extract-code");
        assertThat(none.code()).isEqualTo(44);
    }
}
