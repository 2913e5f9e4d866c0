package dev.latchkey.model.transfer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.SecretParts;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.transfer.ImportFormat;
import dev.latchkey.model.transfer.PasswordReaders;
import dev.latchkey.model.transfer.entries.ImportSource;
import dev.latchkey.model.transfer.entries.ImportedEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV exports of password managers and browsers: quoting, commas, line breaks, UTF-8, BOM, and bad input. */
class CsvPasswordReaderTest {
    private static final String BOM = "\uFEFF";

    @TempDir Path temp;

    private Path file(String name, String content) throws Exception {
        Path p = temp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static List<ImportedEntry> read(Path file) throws LatchkeyException {
        return PasswordReaders.of(ImportFormat.detect(file)).read(ImportSource.of(file), Progress.NONE);
    }

    private static String text(dev.latchkey.crypto.secret.Secret s) {
        return new String(s.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void bitwardenCsvWithQuotingCommasLineBreaksUtf8AndBom() throws Exception {
        Path csv = file("bitwarden.csv", BOM
                + "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\r\n"
                + "Shops,1,login,\"Example, Inc.\",\"line one\r\nline \"\"two\"\"\",\"PIN: 1234\nColour: grün\",0,"
                + "\"https://example.com/login,https://m.example.com\",alice,\"pa,ss\"\"wörd\r\nsecond line\","
                + "otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP\r\n"
                + ",,note,Wi-Fi 密码,\"SSID: home\nKey: 12345678\",,0,,,,\r\n");
        assertThat(ImportFormat.detect(csv)).isEqualTo(ImportFormat.BITWARDEN_CSV);
        List<ImportedEntry> entries = read(csv);
        assertThat(entries).hasSize(2);
        ImportedEntry login = entries.get(0);
        assertThat(login.title()).isEqualTo("Example, Inc.");
        assertThat(login.notes()).isEqualTo("line one\r\nline \"two\"");
        assertThat(login.folder()).isEqualTo("Shops");
        assertThat(login.tags()).containsExactly("Favorite");
        assertThat(login.urls()).containsExactly("https://example.com/login", "https://m.example.com");
        assertThat(login.username()).isEqualTo("alice");
        assertThat(text(login.password())).isEqualTo("pa,ss\"wörd\r\nsecond line");
        assertThat(login.fields()).extracting(SecretParts.Part::name).containsExactly("otp", "PIN", "Colour");
        assertThat(text(login.fields().get(2).value())).isEqualTo("grün");
        ImportedEntry note = entries.get(1);
        assertThat(note.kind()).isEqualTo(ImportedEntry.Kind.NOTE);
        assertThat(note.title()).isEqualTo("Wi-Fi 密码");
        assertThat(note.notes()).isEqualTo("SSID: home\nKey: 12345678");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Chrome|name,url,username,password,note",
        "Edge and Brave|name,url,username,password"})
    void chromiumCsv(String browser, String header) throws Exception {
        boolean withNote = header.endsWith("note");
        Path csv = file("chrome.csv", BOM + header + "\n"
                + "example.com,https://example.com/,\"Müller, Anna\",\"x\"\"y,z\"" + (withNote ? ",\"a\nb\"" : "") + "\n"
                + "\"bank.de\",https://bank.de/login,anna,\"with\nline break\"" + (withNote ? "," : "") + "\n");
        assertThat(ImportFormat.detect(csv)).isEqualTo(ImportFormat.CHROME_CSV);
        List<ImportedEntry> entries = read(csv);
        assertThat(entries).extracting(ImportedEntry::title).containsExactly("example.com", "bank.de");
        assertThat(entries.get(0).username()).isEqualTo("Müller, Anna");
        assertThat(text(entries.get(0).password())).isEqualTo("x\"y,z");
        assertThat(text(entries.get(1).password())).isEqualTo("with\nline break");
        assertThat(entries.get(0).notes()).isEqualTo(withNote ? "a\nb" : "");
    }

    @Test
    void firefoxCsvKeepsItsTimes() throws Exception {
        Path csv = file("firefox.csv", "\"url\",\"username\",\"password\",\"httpRealm\",\"formActionOrigin\",\"guid\","
                + "\"timeCreated\",\"timeLastUsed\",\"timePasswordChanged\"\n"
                + "\"https://accounts.example.org\",\"jörg\",\"p,w\",,\"https://accounts.example.org\",\"{a}\","
                + "\"1600000000000\",\"1700000000000\",\"1650000000000\"\n");
        assertThat(ImportFormat.detect(csv)).isEqualTo(ImportFormat.FIREFOX_CSV);
        ImportedEntry e = read(csv).get(0);
        assertThat(e.title()).isEqualTo("accounts.example.org");
        assertThat(e.username()).isEqualTo("jörg");
        assertThat(e.created()).isEqualTo(Instant.ofEpochMilli(1_600_000_000_000L));
        assertThat(e.modified()).isEqualTo(Instant.ofEpochMilli(1_650_000_000_000L));
    }

    @Test
    void onePasswordCsv() throws Exception {
        Path csv = file("1password.csv", "Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\n"
                + "GitHub,https://github.com,octo,\"p\"\"w\",otpauth://totp/GitHub:octo?secret=JBSWY3DPEHPK3PXP,false,true,"
                + "\"dev,work\",\"two\nlines\"\n");
        assertThat(ImportFormat.detect(csv)).isEqualTo(ImportFormat.ONEPASSWORD_CSV);
        ImportedEntry e = read(csv).get(0);
        assertThat(e.tags()).containsExactly("dev", "work", "Archived");
        assertThat(e.notes()).isEqualTo("two\nlines");
        assertThat(e.fields()).extracting(SecretParts.Part::name).containsExactly("otp");
    }

    @Test
    void anUnclosedQuoteNamesItsLine() throws Exception {
        Path csv = file("broken.csv", "name,url,username,password\na,https://a.example,u,p\nb,https://b.example,u,\"p\n");
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(LatchkeyException.class, e -> {
            assertThat(e.status()).isEqualTo(Status.DECODE);
            assertThat(e.getMessage()).startsWith("broken.csv: ").contains("3").contains("nothing was imported")
                    .doesNotContain("\n");
        });
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesItsLine() throws Exception {
        Path csv = file("short.csv", "name,url,username,password\na,https://a.example,u,p\n\"b\nstill b\",x\n");
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(LatchkeyException.class, e -> {
            assertThat(e.status()).isEqualTo(Status.DECODE);
            assertThat(e.getMessage()).isEqualTo("short.csv: line 3: has 2 fields where the header has 4; nothing was imported");
        });
    }

    @Test
    void aBadValueNamesItsLineAndField() throws Exception {
        Path csv = file("firefox.csv", "url,username,password,httpRealm,formActionOrigin,guid,timeCreated,timeLastUsed,"
                + "timePasswordChanged\nhttps://a.example,u,p,,,g,1600000000000,1,1\nhttps://b.example,u,p,,,g,yesterday,1,1\n");
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(LatchkeyException.class, e -> {
            assertThat(e.status()).isEqualTo(Status.DECODE);
            assertThat(e.getMessage()).startsWith("firefox.csv: line 3, field timeCreated: \"yesterday\" is not a time");
        });
    }

    @Test
    void anUnknownHeaderOrNonUtf8IsRefused() throws Exception {
        Path unknown = file("other.csv", "a,b,c\n1,2,3\n");
        assertThatThrownBy(() -> read(unknown)).isInstanceOfSatisfying(LatchkeyException.class,
                e -> assertThat(e.status()).isEqualTo(Status.UNSUPPORTED_FORMAT));
        Path latin1 = temp.resolve("latin1.csv");
        Files.write(latin1, "name,url,username,password\nM\u00fcller,https://a.example,u,p\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new CsvPasswordReader(CsvFlavour.CHROME).read(ImportSource.of(latin1), Progress.NONE))
                .isInstanceOfSatisfying(LatchkeyException.class, e -> {
                    assertThat(e.status()).isEqualTo(Status.DECODE);
                    assertThat(e.getMessage()).contains("is not UTF-8 text");
                });
    }

    @Test
    void aRequestedFlavourMustMatchTheHeader() throws Exception {
        Path csv = file("chrome.csv", "name,url,username,password\na,https://a.example,u,p\n");
        assertThatThrownBy(() -> new CsvPasswordReader(CsvFlavour.BITWARDEN).read(ImportSource.of(csv), Progress.NONE))
                .isInstanceOfSatisfying(LatchkeyException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("chrome.csv: line 1: a Bitwarden CSV file needs the columns login_username, "
                                + "login_password; nothing was imported"));
    }
}
