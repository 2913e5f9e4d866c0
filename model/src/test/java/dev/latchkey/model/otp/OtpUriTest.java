package dev.latchkey.model.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.otp.Base32;
import dev.latchkey.crypto.otp.OtpAlgorithm;
import dev.latchkey.crypto.random.Randoms;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OtpUriTest {
    private static final String GOOGLE_EXAMPLE =
            "otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example";

    @Test
    void theKeyUriFormatExampleWithDefaults() throws Exception {
        try (OtpCredential c = OtpUri.parse(GOOGLE_EXAMPLE)) {
            assertThat(c.parameters()).isEqualTo(new OtpParameters(OtpType.TOTP, OtpAlgorithm.SHA1, 6, 30, 0,
                    "Example", "alice@google.com"));
            assertThat(c.seed().bytes()).isEqualTo(Base32.decode("JBSWY3DPEHPK3PXP"));
            assertThat(c.parameters().displayName()).isEqualTo("Example: alice@google.com");
        }
    }

    @Test
    void everyParameter() throws Exception {
        try (OtpCredential c = OtpUri.parse("otpauth://hotp/ACME%20Co:john.doe%40email.com?secret="
                + "HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME+Co&algorithm=SHA512&digits=8&counter=42&image=x")) {
            assertThat(c.parameters()).isEqualTo(new OtpParameters(OtpType.HOTP, OtpAlgorithm.SHA512, 8, 30, 42,
                    "ACME Co", "john.doe@email.com"));
        }
        try (OtpCredential c = OtpUri.parse(" OTPAUTH://TOTP/Acme?SECRET=gezd%20gnbv%20gy%3D%3D%3D%3D%3D%3D&Period=45&Algorithm=sha256\n")) {
            assertThat(c.parameters()).isEqualTo(new OtpParameters(OtpType.TOTP, OtpAlgorithm.SHA256, 6, 45, 0,
                    "", "Acme"));
            assertThat(c.seed().length()).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // label                          | issuer parameter | issuer        | account
        "Example:alice@google.com         |                  | Example       | alice@google.com",
        "Example%3Aalice@google.com       |                  | Example       | alice@google.com",
        "Example:%20%20alice              |                  | Example       | alice",
        "alice                            | Example          | Example       | alice",
        "Old%20Name:alice                 | New%20Name       | New Name      | alice",
        "Big%3ACorp:alice                 | Big%3ACorp       | Big:Corp      | alice",
        "Big%3ACorp:alice                 |                  | Big:Corp      | alice",
        ":a%3Ab                           |                  | ''            | a:b",
        "a%3Ab%3Ac                        |                  | a             | b:c",
        "''                               | Example          | Example       | ''",
        "J%C3%BCrgen%20%E2%9C%93          |                  | ''            | Jürgen ✓",
        "Jürgen                           |                  | ''            | Jürgen",
    })
    void issuerAndAccountFromTheLabel(String label, String issuerParameter, String issuer, String account)
            throws Exception {
        String uri = "otpauth://totp/" + label + "?secret=JBSWY3DPEHPK3PXP"
                + (issuerParameter == null ? "" : "&issuer=" + issuerParameter);
        try (OtpCredential c = OtpUri.parse(uri)) {
            assertThat(c.parameters().issuer()).isEqualTo(issuer);
            assertThat(c.parameters().account()).isEqualTo(account);
        }
    }

    @Test
    void steamFromKeePassXcAndAegisAndBackTheKeePassXcWay() throws Exception {
        String keepassxc = "otpauth://totp/test:test@example.com?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK"
                + "&issuer=Valve&algorithm=SHA1&digits=5&period=30&encoder=steam";
        String aegis = "otpauth://steam/Steam:me?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&issuer=Steam";
        try (OtpCredential a = OtpUri.parse(keepassxc); OtpCredential b = OtpUri.parse(aegis)) {
            assertThat(a.parameters().type()).isEqualTo(OtpType.STEAM);
            assertThat(a.parameters().digits()).isEqualTo(5);
            assertThat(a.parameters().issuer()).isEqualTo("Valve");
            assertThat(b.parameters()).isEqualTo(new OtpParameters(OtpType.STEAM, OtpAlgorithm.SHA1, 5, 30, 0,
                    "Steam", "me"));
            assertThat(new String(OtpUri.format(b.parameters(), b.seed()))).isEqualTo("otpauth://totp/Steam:me"
                    + "?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&issuer=Steam&encoder=steam&algorithm=SHA1&digits=5&period=30");
        }
    }

    @Test
    void formatsTheKeyUriFormatWithEscapes() throws Exception {
        OtpParameters p = OtpParameters.builder(OtpType.TOTP).issuer("ACME Co").account("john:doe@example.com")
                .algorithm(OtpAlgorithm.SHA256).digits(8).period(60).build();
        try (Secret seed = Secret.wrap(Base32.decode("JBSWY3DPEHPK3PXP"))) {
            assertThat(new String(OtpUri.format(p, seed))).isEqualTo("otpauth://totp/ACME%20Co:john%3Adoe@example.com"
                    + "?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co&algorithm=SHA256&digits=8&period=60");
        }
        OtpParameters hotp = OtpParameters.builder(OtpType.HOTP).account("bob").counter(7).build();
        assertThat(OtpUri.formatParameters(hotp)).isEqualTo("otpauth://hotp/bob?algorithm=SHA1&digits=6&counter=7");
        assertThat(OtpUri.parseParameters(OtpUri.formatParameters(hotp))).isEqualTo(hotp);
    }

    @Test
    void randomParametersRoundTrip() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        String[] names = {"", "ACME Co", "a:b", "Jürgen & Söhne", "x%y+z", "100% ✓", "user@example.com", "/?#&="};
        for (int i = 0; i < 300; i++) {
            OtpType type = OtpType.values()[random.nextInt(3)];
            OtpParameters.Builder b = OtpParameters.builder(type).issuer(names[random.nextInt(names.length)])
                    .account(names[random.nextInt(names.length)]);
            if (type != OtpType.STEAM) {
                b.algorithm(OtpAlgorithm.values()[random.nextInt(3)]).digits(random.nextInt(6, 9))
                        .period(random.nextLong(1, 100_000)).counter(random.nextLong(0, Long.MAX_VALUE));
            }
            OtpParameters p = b.build();
            // The URI keeps a counter only for HOTP and a period only for time-based codes.
            OtpParameters expected = type == OtpType.HOTP
                    ? new OtpParameters(type, p.algorithm(), p.digits(), 30, p.counter(), p.issuer(), p.account())
                    : p.withCounter(0);
            try (Secret seed = Secret.wrap(Randoms.bytes(random.nextInt(1, 65)));
                    OtpCredential back = OtpUri.parse(new String(OtpUri.format(p, seed)))) {
                assertThat(back.parameters()).isEqualTo(expected);
                assertThat(back.seed().contentEquals(seed)).isTrue();
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://example.com/?secret=JBSWY3DPEHPK3PXP                 | UNSUPPORTED_FORMAT | not an otpauth:// URI",
        "otpauth:totp/x?secret=JBSWY3DPEHPK3PXP                       | UNSUPPORTED_FORMAT | not an otpauth:// URI",
        "otpauth://motp/x?secret=JBSWY3DPEHPK3PXP                     | UNSUPPORTED_FORMAT | otpauth type \"motp\" is not supported (totp or hotp)",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=MD5       | UNSUPPORTED_FORMAT | the algorithm \"MD5\" is not supported (SHA1, SHA256 or SHA512)",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&encoder=yandex      | UNSUPPORTED_FORMAT | the code encoder \"yandex\" is not supported",
        "otpauth://totp/x?issuer=y                                    | PARAM              | the otpauth URI has no secret",
        "otpauth://totp/x?secret=                                     | PARAM              | the otpauth URI's secret is empty",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PX1                     | DECODE             | the secret is not valid Base32: not a Base32 character at position 16",
        "otpauth://totp/x?secret=JBSWY3DPE                            | DECODE             | the secret is not valid Base32: Base32 text of 9 characters cannot be complete",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=9            | PARAM              | digits must be between 6 and 8",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=six          | PARAM              | digits must be a whole number, not \"six\"",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=0            | PARAM              | period must be between 1 and 2147483647",
        "otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=-1          | PARAM              | counter must be between 0 and 9223372036854775807",
        "otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&encoder=steam       | PARAM              | Steam codes are time-based, not counter-based",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&secret=JBSWY3DP     | PARAM              | the otpauth URI gives \"secret\" twice",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=6&digits=8   | PARAM              | the otpauth URI gives \"digits\" twice",
        "otpauth://totp/x%zz?secret=JBSWY3DPEHPK3PXP                  | DECODE             | the URI has a broken percent escape at position 17",
        "otpauth://totp/x%C3?secret=JBSWY3DPEHPK3PXP                  | DECODE             | the URI has percent escapes that are not UTF-8",
        "otpauth://totp/x?secret=JBSW%C3%A4                           | DECODE             | the URI's secret contains non-ASCII characters",
    })
    void badUrisSayWhatIsWrongWithoutTheSecret(String uri, Status status, String message) {
        assertThatThrownBy(() -> OtpUri.parse(uri)).isInstanceOfSatisfying(LatchkeyException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).isEqualTo(message).doesNotContain("JBSWY3DPEHPK3PXP");
        });
    }

    @Test
    void longValuesAreShortenedInMessages() {
        assertThatThrownBy(() -> OtpUri.parse("otpauth://totp/x?secret=JBSWY3DP&algorithm=" + "A".repeat(500)))
                .hasMessageContaining("AAAA…").hasMessageNotContaining("A".repeat(30));
    }
}
