package dev.latchkey.crypto.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretTest {
    @Test
    void closeWipesTheOwnedArray() {
        byte[] raw = {1, 2, 3, 4};
        Secret s = Secret.wrap(raw);
        s.close();
        assertThat(raw).containsOnly(0);
        assertThat(s.isClosed()).isTrue();
        assertThatThrownBy(s::bytes).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fromCharsIsNfcUtf8() {
        // "é" typed as e + combining acute must derive the same bytes as precomposed U+00E9.
        try (Secret decomposed = Secret.fromChars(new char[] {'e', '\u0301'});
             Secret composed = Secret.fromChars(new char[] {'\u00e9'})) {
            assertThat(decomposed.contentEquals(composed)).isTrue();
            assertThat(composed.bytes()).isEqualTo("é".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void roundTripsCharacters() {
        char[] text = "pässwörd ✓ 秘密".toCharArray();
        try (Secret s = Secret.fromChars(text)) {
            assertThat(s.toChars()).isEqualTo(text);
        }
    }

    @Test
    void neverPrintsItsContent() {
        try (Secret s = Secret.fromChars("hunter2".toCharArray())) {
            assertThat(s.toString()).doesNotContain("hunter2").isEqualTo("Secret[redacted]");
        }
    }
}
