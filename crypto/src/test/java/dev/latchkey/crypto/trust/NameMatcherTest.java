package dev.latchkey.crypto.trust;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {
    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
        "example.com, example.com, true",
        "example.com, www.example.com, false",
        "*.example.com, www.example.com, true",
        "*.example.com, example.com, false",
        "*.example.com, a.b.example.com, false",
        "*.com, example.com, false",
        "ba*.example.com, baz.example.com, false",
        "foo.*.example.com, foo.bar.example.com, false",
        "xn--*-1b3c148a.example.com, xn--bliss-1b3c148a.example.com, false",
        "*.example.com, xn--bliss-1b3c148a.example.com, true",
        ".example.com, example.com, false",
        "exa mple.com, exa mple.com, false",
    })
    void hostNamesFollowRfc6125AndTheBaselineRequirements(String presented, String reference, boolean matches) {
        assertThat(NameMatcher.hostMatches(DnsNames.normalize(presented), DnsNames.normalize(reference)))
                .isEqualTo(matches);
    }
}
