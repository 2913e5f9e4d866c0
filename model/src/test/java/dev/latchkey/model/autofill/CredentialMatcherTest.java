package dev.latchkey.model.autofill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CredentialMatcherTest {
    private final CredentialMatcher matcher = new CredentialMatcher();

    /** Internet password: protocol (Apple code or scheme, "" for none), server, port (0: none), path. */
    private static Item inet(String protocol, String server, int port, String path, String... urls) {
        ItemAttributes.Builder b = ItemAttributes.builder().set(Attribute.SERVER, server).set(Attribute.ACCOUNT, "me")
                .set(Attribute.PROTOCOL, protocol).set(Attribute.PATH, path).set(Attribute.URLS, Arrays.asList(urls));
        if (port > 0) {
            b.set(Attribute.PORT, port);
        }
        return new Item(UUID.randomUUID(), ItemClass.INTERNET_PASSWORD, b.build(), 1);
    }

    private static Item generic(String service, String... urls) {
        return new Item(UUID.randomUUID(), ItemClass.GENERIC_PASSWORD, ItemAttributes.builder()
                .set(Attribute.SERVICE, service).set(Attribute.ACCOUNT, "me").set(Attribute.URLS, Arrays.asList(urls))
                .build(), 1);
    }

    private static Arguments pair(String url, Item item, MatchKind expected, boolean insecure) {
        return Arguments.of(url, item, expected, insecure);
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                // Exact origin: scheme, host and port
                pair("https://example.com/login", inet("htps", "example.com", 0, ""), MatchKind.EXACT_ORIGIN, false),
                pair("https://example.com:443/", inet("https", "example.com", 0, ""), MatchKind.EXACT_ORIGIN, false),
                pair("https://example.com/", inet("htps", "example.com", 443, ""), MatchKind.EXACT_ORIGIN, false),
                pair("https://EXAMPLE.com./", inet("htps", "example.COM", 0, ""), MatchKind.EXACT_ORIGIN, false),
                pair("http://intranet.local:8080/app", inet("http", "intranet.local", 8080, "/app"), MatchKind.EXACT_ORIGIN, false),
                pair("https://www.bücher.de/konto", inet("htps", "www.xn--bcher-kva.de", 0, ""), MatchKind.EXACT_ORIGIN, false),
                pair("ftp://files.example.com", inet("ftp ", "files.example.com", 0, ""), MatchKind.EXACT_ORIGIN, false),
                pair("https://user@example.com:443/x?y#z", inet("htps", "example.com", 0, ""), MatchKind.EXACT_ORIGIN, false),
                // Same host: another port or scheme, or no scheme stored
                pair("https://example.com:8443/", inet("htps", "example.com", 0, ""), MatchKind.SAME_HOST, false),
                pair("https://example.com/", inet("http", "example.com", 0, ""), MatchKind.SAME_HOST, false),
                pair("http://example.com/", inet("htps", "example.com", 0, ""), MatchKind.SAME_HOST, true),
                pair("https://github.com/login", generic("github.com"), MatchKind.SAME_HOST, false),
                pair("https://github.com/login", inet("", "github.com", 0, ""), MatchKind.SAME_HOST, false),
                pair("https://github.com/", generic("https://github.com/session"), MatchKind.EXACT_ORIGIN, false),
                // Same registrable domain
                pair("https://login.example.com/", inet("htps", "example.com", 0, ""), MatchKind.SAME_SITE, false),
                pair("https://example.com/", inet("htps", "accounts.example.com", 0, ""), MatchKind.SAME_SITE, false),
                pair("https://mail.google.co.uk/", inet("htps", "accounts.google.co.uk", 0, ""), MatchKind.SAME_SITE, false),
                pair("http://shop.example.com/", inet("htps", "www.example.com", 0, ""), MatchKind.SAME_SITE, true),
                pair("https://www.foo.github.io/", inet("htps", "foo.github.io", 0, ""), MatchKind.SAME_SITE, false),
                // Associated domains listed on the item
                pair("https://icloud.com/", inet("htps", "apple.com", 0, "", "https://www.icloud.com"), MatchKind.ASSOCIATED_DOMAIN, false),
                pair("https://login.live.com/", generic("Microsoft account", "outlook.com", "live.com"), MatchKind.ASSOCIATED_DOMAIN, false),
                pair("http://beta.example.org/", generic("Example", "https://example.org"), MatchKind.ASSOCIATED_DOMAIN, true),
                // Never a match
                pair("https://bar.github.io/", inet("htps", "foo.github.io", 0, ""), null, false),
                pair("https://github.io/", inet("htps", "foo.github.io", 0, ""), null, false),
                pair("https://example.co.uk/", inet("htps", "other.co.uk", 0, ""), null, false),
                pair("https://examplecom.net/", inet("htps", "example.com", 0, ""), null, false),
                pair("https://example.com.evil.net/", inet("htps", "example.com", 0, ""), null, false),
                pair("https://ssh.example.com/", inet("ssh ", "ssh.example.com", 0, ""), null, false),
                pair("https://example.com/", generic("Wi-Fi at home"), null, false),
                // IP addresses match only themselves
                pair("https://192.168.1.10/", inet("htps", "192.168.1.10", 0, ""), MatchKind.EXACT_ORIGIN, false),
                pair("https://192.168.1.10:8443/", inet("htps", "192.168.1.10", 0, ""), MatchKind.SAME_HOST, false),
                pair("https://192.168.1.11/", inet("htps", "192.168.1.10", 0, ""), null, false),
                pair("https://10.0.0.1/", generic("10.0.0.2"), null, false),
                pair("https://[2001:db8::1]/", inet("htps", "2001:db8:0:0:0:0:0:1", 0, ""), MatchKind.EXACT_ORIGIN, false),
                pair("https://[2001:db8::1]:8443/", inet("htps", "[2001:DB8::1]", 0, ""), MatchKind.SAME_HOST, false),
                pair("https://[2001:db8::2]/", inet("htps", "2001:db8::1", 0, ""), null, false),
                pair("https://192.168.1.10/", inet("htps", "router.example.com", 0, "", "192.168.1.10"), MatchKind.ASSOCIATED_DOMAIN, false),
                pair("https://1.1.1.1/", inet("htps", "one.one.one.one", 0, ""), null, false));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void urlAndItem(String url, Item item, MatchKind expected, boolean insecure) throws Exception {
        List<CredentialMatch> matches = matcher.rank(AutofillTarget.forUrl(url), List.of(item));
        if (expected == null) {
            assertThat(matches).as(url).isEmpty();
        } else {
            assertThat(matches).as(url).singleElement().satisfies(m -> {
                assertThat(m.kind()).isEqualTo(expected);
                assertThat(m.insecure()).isEqualTo(insecure);
            });
        }
    }

    @Test
    void tableIsLargeEnough() {
        assertThat(pairs().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void ranksBestFirstThenSecureThenLongestPathThenNewest() throws Exception {
        Item site = inet("htps", "example.com", 0, "");
        Item admin = inet("htps", "example.com", 0, "/admin");
        Item oldHost = withModified(generic("example.com"), "2020-01-01T00:00:00Z");
        Item newHost = withModified(generic("https://example.com:8443"), "2025-01-01T00:00:00Z");
        Item sub = inet("htps", "login.example.com", 0, "");
        Item associated = inet("htps", "other.net", 0, "", "example.com");
        Item unrelated = inet("htps", "example.org", 0, "");
        Item note = new Item(UUID.randomUUID(), ItemClass.SECURE_NOTE,
                ItemAttributes.builder().set(Attribute.LABEL, "example.com").set(Attribute.URLS, List.of("example.com")).build(), 1);
        List<CredentialMatch> ranked = matcher.rank(AutofillTarget.forUrl("https://example.com/admin/users"),
                List.of(unrelated, associated, sub, oldHost, note, newHost, site, admin));
        assertThat(ranked).extracting(CredentialMatch::item).containsExactly(admin, site, newHost, oldHost, sub, associated);
        assertThat(ranked.get(0).matchedOn()).isEqualTo("https://example.com/admin");
        assertThat(ranked.get(5).matchedOn()).isEqualTo("example.com");

        List<CredentialMatch> http = matcher.rank(AutofillTarget.forUrl("http://example.com/"),
                List.of(site, inet("http", "example.com", 0, "")));
        assertThat(http).extracting(CredentialMatch::insecure).containsExactly(false, true);
    }

    @Test
    void appsMatchTheirServiceOrAListedIdentifier() throws Exception {
        Item app = generic("com.example.mail");
        Item listed = inet("htps", "mail.example.com", 0, "", "android-app://com.example.mail");
        Item other = generic("com.example.chat");
        List<CredentialMatch> ranked = matcher.rank(AutofillTarget.forApp("COM.example.mail"), List.of(other, listed, app));
        assertThat(ranked).extracting(CredentialMatch::item, CredentialMatch::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(app, MatchKind.EXACT_ORIGIN),
                org.assertj.core.groups.Tuple.tuple(listed, MatchKind.ASSOCIATED_DOMAIN));
    }

    @Test
    void bareHostsAreHttpsAndGarbageIsRefused() throws Exception {
        assertThat(matcher.rank(AutofillTarget.forUrl("example.com"), List.of(inet("htps", "example.com", 0, ""))))
                .extracting(CredentialMatch::kind).containsExactly(MatchKind.EXACT_ORIGIN);
        for (String bad : List.of("", "https://", "https://exa mple.com", "https://example.com:99999", "https://[::1",
                "not a url at all", "https://a..b.com")) {
            assertThatThrownBy(() -> AutofillTarget.forUrl(bad)).as(bad).isInstanceOfSatisfying(LatchkeyException.class,
                    e -> assertThat(e.status()).isEqualTo(Status.PARAM));
        }
        assertThatThrownBy(() -> AutofillTarget.forApp("two words")).isInstanceOf(LatchkeyException.class);
    }

    private static Item withModified(Item item, String instant) {
        return new Item(item.id(), item.itemClass(), item.attributes().toBuilder()
                .set(Attribute.MODIFIED, Instant.parse(instant)).build(), 1);
    }
}
