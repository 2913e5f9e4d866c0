package dev.latchkey.model.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrengthMeterTest {
    private final StrengthMeter meter = new StrengthMeter();

    @Test
    void commonPasswordsAreVeryWeak() {
        PasswordStrength s = meter.measure("password1".toCharArray());
        assertThat(s.isVeryWeak()).isTrue();
        assertThat(s.warning()).isNotBlank();
        assertThat(s.verdict()).isIn("Very weak", "Weak");
    }

    @Test
    void longGeneratedPasswordsAreExcellent() {
        char[] p = new PasswordGenerator().generate(PasswordStyle.RANDOM, PasswordRules.defaults(PasswordStyle.RANDOM));
        PasswordStrength s = meter.measure(p);
        assertThat(s.score()).isEqualTo(4);
        assertThat(s.entropyBits()).isGreaterThan(60);
        assertThat(s.crackTime()).isEqualTo("centuries");
    }

    @Test
    void emptyIsZero() {
        assertThat(meter.measure(new char[0]).score()).isZero();
    }

    @Test
    void leavesTheCallersArrayIntact() {
        char[] p = "Tr0ub4dor&3".toCharArray();
        meter.measure(p);
        assertThat(new String(p)).isEqualTo("Tr0ub4dor&3");
    }
}
