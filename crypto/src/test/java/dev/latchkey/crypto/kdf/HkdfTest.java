package dev.latchkey.crypto.kdf;

import static dev.latchkey.crypto.TestHex.filled;
import static dev.latchkey.crypto.TestHex.hex;
import static dev.latchkey.crypto.TestHex.range;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.secret.Secret;
import org.junit.jupiter.api.Test;

/** RFC 5869 Appendix A, test cases 1–3 (SHA-256). */
class HkdfTest {
    @Test
    void rfc5869Case1() {
        assertThat(hex(Hkdf.derive(filled(22, 0x0b), range(0, 13), range(0xf0, 0xfa), 42)))
                .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                        + "34007208d5b887185865");
    }

    @Test
    void rfc5869Case2LongInputs() {
        assertThat(hex(Hkdf.derive(range(0, 0x50), range(0x60, 0xb0), range(0xb0, 0x100), 82)))
                .isEqualTo("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                        + "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                        + "cc30c58179ec3e87c14c01d5c1f3434f1d87");
    }

    @Test
    void rfc5869Case3NoSaltNoInfo() {
        assertThat(hex(Hkdf.derive(filled(22, 0x0b), new byte[0], new byte[0], 42)))
                .isEqualTo("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                        + "9d201395faa4b61a96c8");
    }

    @Test
    void subkeysForDifferentLabelsDiffer() {
        try (Secret master = Secret.copyOf(filled(32, 9));
             Secret a = Hkdf.subkey(master, "latchkey/meta");
             Secret b = Hkdf.subkey(master, "latchkey/wrap")) {
            assertThat(a.length()).isEqualTo(32);
            assertThat(a.contentEquals(b)).isFalse();
        }
    }
}
