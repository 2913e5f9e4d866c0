package dev.latchkey.crypto.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.secret.Secret;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HotpTest {
    private static Secret rfcKey() {
        return Secret.copyOf("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void digitCountsSixToEightShareTheTruncatedValue() {
        try (Secret key = rfcKey()) {
            // RFC 4226 counter 7 truncates to 82162583: leading zeros must be kept.
            assertThat(Hotp.code(key, OtpAlgorithm.SHA1, 7, 6)).isEqualTo("162583");
            assertThat(Hotp.code(key, OtpAlgorithm.SHA1, 7, 7)).isEqualTo("2162583");
            assertThat(Hotp.code(key, OtpAlgorithm.SHA1, 7, 8)).isEqualTo("82162583");
            assertThat(Hotp.code(key, OtpAlgorithm.SHA1, 2, 8)).isEqualTo("37359152");
        }
    }

    @Test
    void refusesOutOfRangeInput() {
        try (Secret key = rfcKey(); Secret empty = Secret.wrap(new byte[0])) {
            assertThatThrownBy(() -> Hotp.code(key, OtpAlgorithm.SHA1, 0, 5)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Hotp.code(key, OtpAlgorithm.SHA1, 0, 9)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Hotp.code(empty, OtpAlgorithm.SHA1, 0, 6)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Totp.code(key, OtpAlgorithm.SHA1, 6, 0, 59)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Totp.code(key, OtpAlgorithm.SHA1, 6, 30, -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void timeStepsAndCountdown() {
        assertThat(Totp.timeStep(59, 30)).isEqualTo(1);
        assertThat(Totp.timeStep(60, 30)).isEqualTo(2);
        assertThat(Totp.timeStep(1_000, 7)).isEqualTo(142);
        assertThat(Totp.secondsRemaining(59, 30)).isEqualTo(1);
        assertThat(Totp.secondsRemaining(60, 30)).isEqualTo(30);
    }

    @Test
    void algorithmNames() {
        assertThat(OtpAlgorithm.byName("sha-256")).contains(OtpAlgorithm.SHA256);
        assertThat(OtpAlgorithm.byName("HmacSHA512")).contains(OtpAlgorithm.SHA512);
        assertThat(OtpAlgorithm.byName(" SHA1 ")).contains(OtpAlgorithm.SHA1);
        assertThat(OtpAlgorithm.byName("MD5")).isEmpty();
        assertThat(OtpAlgorithm.byName(null)).isEmpty();
    }
}
