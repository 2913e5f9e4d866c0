package dev.latchkey.crypto.mac;

import static dev.latchkey.crypto.TestHex.filled;
import static dev.latchkey.crypto.TestHex.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.secret.Secret;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HmacSha256Test {
    @Test
    void rfc4231Case1AndConcatenation() {
        try (Secret key = Secret.copyOf(filled(20, 0x0b)); HmacSha256 mac = new HmacSha256(key)) {
            String expected = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7";
            assertThat(hex(mac.mac("Hi There".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(expected);
            assertThat(hex(mac.mac("Hi ".getBytes(StandardCharsets.US_ASCII),
                    "There".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(expected);
        }
    }

    @Test
    void unusableAfterClose() {
        HmacSha256 mac;
        try (Secret key = Secret.copyOf(filled(32, 1))) {
            mac = new HmacSha256(key);
        }
        mac.close();
        assertThatThrownBy(() -> mac.mac(new byte[1])).isInstanceOf(IllegalStateException.class);
        assertThat(mac.toString()).doesNotContain("01");
    }
}
