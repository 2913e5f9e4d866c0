package dev.latchkey.model.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.otp.Base32;
import dev.latchkey.crypto.otp.OtpAlgorithm;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OtpGeneratorTest {
    private static Secret rfcSeed() throws Exception {
        return Secret.wrap(Base32.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    }

    @Test
    void totpWithItsValidity() throws Exception {
        OtpParameters p = OtpParameters.builder(OtpType.TOTP).digits(8).build();
        try (Secret seed = rfcSeed()) {
            OneTimeCode code = OtpGenerator.code(p, seed, Instant.ofEpochSecond(1_111_111_109));
            assertThat(code.code()).isEqualTo("07081804");
            assertThat(code.counter()).isEqualTo(0x23523EC);
            assertThat(code.validUntil()).contains(Instant.ofEpochSecond(1_111_111_110));
            assertThat(code.remaining(Instant.ofEpochSecond(1_111_111_109))).isEqualTo(Duration.ofSeconds(1));
            assertThat(code.remaining(Instant.ofEpochSecond(1_111_111_200))).isZero();
            assertThat(code.toString()).doesNotContain("07081804");
        }
    }

    @Test
    void hotpUsesTheCounterAndSteamItsLetters() throws Exception {
        try (Secret seed = rfcSeed(); Secret steam = Secret.wrap(Base32.decode("63BEDWCQZKTQWPESARIERL5DTTQFCJTK"))) {
            OneTimeCode hotp = OtpGenerator.code(OtpParameters.builder(OtpType.HOTP).counter(9).build(), seed, Instant.EPOCH);
            assertThat(hotp.code()).isEqualTo("520489");
            assertThat(hotp.validUntil()).isEmpty();
            OneTimeCode s = OtpGenerator.code(OtpParameters.builder(OtpType.STEAM).build(), steam,
                    Instant.ofEpochSecond(1_511_200_518));
            assertThat(s.code()).isEqualTo("FR8RV");
            assertThat(s.validUntil()).contains(Instant.ofEpochSecond(1_511_200_530));
        }
    }

    @Test
    void refusesTimesBefore1970AndBadParameters() throws Exception {
        try (Secret seed = rfcSeed()) {
            assertThatThrownBy(() -> OtpGenerator.code(OtpParameters.builder(OtpType.TOTP).build(), seed,
                    Instant.ofEpochSecond(-1))).isInstanceOfSatisfying(LatchkeyException.class,
                            e -> assertThat(e.status()).isEqualTo(Status.PARAM));
        }
        assertThatThrownBy(() -> OtpParameters.builder(OtpType.TOTP).digits(10).build())
                .isInstanceOfSatisfying(LatchkeyException.class, e -> {
                    assertThat(e.status()).isEqualTo(Status.PARAM);
                    assertThat(e.getMessage()).isEqualTo("digits must be 6, 7 or 8");
                });
        assertThatThrownBy(() -> OtpParameters.builder(OtpType.STEAM).algorithm(OtpAlgorithm.SHA256).build())
                .isInstanceOf(LatchkeyException.class);
        assertThatThrownBy(() -> OtpParameters.builder(OtpType.TOTP).period(0).build())
                .isInstanceOf(LatchkeyException.class);
    }
}
