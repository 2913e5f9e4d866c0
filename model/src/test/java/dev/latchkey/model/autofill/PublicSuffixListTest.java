package dev.latchkey.model.autofill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PublicSuffixListTest {
    private static final Pattern CHECK = Pattern.compile("checkPublicSuffix\\((null|'[^']*'), (null|'[^']*')\\);");

    /** publicsuffix.org's own test cases (test_psl.txt, CC0) against the shipped list. */
    @Test
    void theListsOwnTestCases() throws Exception {
        String cases;
        try (InputStream in = getClass().getResourceAsStream("/testdata/PublicSuffixListTest/test_psl.txt")) {
            cases = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        PublicSuffixList psl = PublicSuffixList.shipped();
        int checked = 0;
        for (String line : cases.split("\n")) {
            Matcher m = CHECK.matcher(line);
            if (line.startsWith("//") || !m.matches()) {
                continue;
            }
            String host = unquote(m.group(1));
            String expected = unquote(m.group(2));
            assertThat(psl.registrableDomain(host)).as(line)
                    .isEqualTo(Optional.ofNullable(expected).map(e -> IDN.toASCII(e).toLowerCase()));
            checked++;
        }
        assertThat(checked).isEqualTo(78);
    }

    private static String unquote(String s) {
        return s.equals("null") ? null : s.substring(1, s.length() - 1);
    }

    @Test
    void privateSectionAndIpAddresses() {
        PublicSuffixList psl = PublicSuffixList.shipped();
        assertThat(psl.registrableDomain("foo.github.io")).contains("foo.github.io");
        assertThat(psl.registrableDomain("www.foo.github.io")).contains("foo.github.io");
        assertThat(psl.registrableDomain("github.io")).isEmpty();
        assertThat(psl.publicSuffix("foo.github.io")).contains("github.io");
        assertThat(psl.registrableDomain("accounts.google.co.uk")).contains("google.co.uk");
        assertThat(psl.registrableDomain("WWW.Example.COM.")).contains("example.com");
        assertThat(psl.registrableDomain("www.bücher.de")).contains("xn--bcher-kva.de");
        assertThat(psl.registrableDomain("192.168.1.10")).isEmpty();
        assertThat(psl.registrableDomain("[::1]")).isEmpty();
        assertThat(psl.registrableDomain("a..b.com")).isEmpty();
        assertThat(psl.publicSuffix("192.168.1.10")).isEmpty();
    }

    @Test
    void parsesWildcardsAndExceptionsFromAnyList() throws Exception {
        PublicSuffixList psl = PublicSuffixList.parse(new StringReader("""
                // comment
                com
                *.kawasaki.jp
                !city.kawasaki.jp   trailing words are ignored
                """));
        assertThat(psl.registrableDomain("a.b.kawasaki.jp")).contains("a.b.kawasaki.jp");
        assertThat(psl.registrableDomain("b.kawasaki.jp")).isEmpty();
        assertThat(psl.registrableDomain("www.city.kawasaki.jp")).contains("city.kawasaki.jp");
        assertThat(psl.registrableDomain("x.example.com")).contains("example.com");
        assertThat(psl.registrableDomain("x.example.unlisted")).contains("example.unlisted");
    }
}
