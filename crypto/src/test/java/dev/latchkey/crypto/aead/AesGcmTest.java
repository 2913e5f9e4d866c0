package dev.latchkey.crypto.aead;

import static dev.latchkey.crypto.TestHex.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.AuthenticationFailedException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AesGcmTest {
    /** McGrew–Viega GCM specification, test cases 13–16 (AES-256). Output = ciphertext ‖ tag. */
    @ParameterizedTest(name = "GCM test case {0}")
    @CsvSource({
        "13, 0000000000000000000000000000000000000000000000000000000000000000, 000000000000000000000000, '', '', 530f8afbc74536b9a963b4f1c4cb738b",
        "14, 0000000000000000000000000000000000000000000000000000000000000000, 000000000000000000000000, 00000000000000000000000000000000, '', cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919",
        "15, feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308, cafebabefacedbaddecaf888, d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255, '', 522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015adb094dac5d93471bdec1a502270e3cc6c",
        "16, feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308, cafebabefacedbaddecaf888, d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39, feedfacedeadbeeffeedfacedeadbeefabaddad2, 522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f66276fc6ece0f4e1768cddf8853bb2d551b",
    })
    void knownAnswers(int testCase, String key, String iv, String plaintext, String aad, String expected)
            throws Exception {
        try (AeadKey k = AeadKey.copyOf(hex(key))) {
            byte[] box = AesGcm.seal(k, hex(iv), hex(plaintext), hex(aad));
            assertThat(hex(box)).isEqualTo(iv + expected);
            assertThat(hex(AesGcm.open(k, box, hex(aad)))).isEqualTo(plaintext);
        }
    }

    @Test
    void everyFlippedBitIsDetected() throws Exception {
        byte[] aad = "keychain|item|1".getBytes(StandardCharsets.US_ASCII);
        try (AeadKey k = AeadKey.copyOf(new byte[32])) {
            byte[] box = AesGcm.seal(k, "hunter2".getBytes(StandardCharsets.UTF_8), aad);
            for (int i = 0; i < box.length * 8; i++) {
                byte[] changed = box.clone();
                changed[i / 8] ^= (byte) (1 << (i % 8));
                assertThatThrownBy(() -> AesGcm.open(k, changed, aad))
                        .isInstanceOf(AuthenticationFailedException.class);
            }
        }
    }

    @Test
    void wrongAssociatedDataOrKeyOrTruncationFails() {
        try (AeadKey k = AeadKey.copyOf(new byte[32]); AeadKey other = AeadKey.copyOf(new byte[32])) {
            other.close();
            byte[] box = AesGcm.seal(k, new byte[] {1, 2, 3}, new byte[] {1});
            assertThatThrownBy(() -> AesGcm.open(k, box, new byte[] {2}))
                    .isInstanceOf(AuthenticationFailedException.class);
            assertThatThrownBy(() -> AesGcm.open(k, java.util.Arrays.copyOf(box, 20), new byte[] {1}))
                    .isInstanceOf(AuthenticationFailedException.class).hasMessageContaining("truncated");
            try (AeadKey k2 = AeadKey.copyOf(new byte[] {
                    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})) {
                assertThatThrownBy(() -> AesGcm.open(k2, box, new byte[] {1}))
                        .isInstanceOf(AuthenticationFailedException.class);
            }
            assertThatThrownBy(() -> AesGcm.seal(other, new byte[1], null))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void noncesAreFresh() {
        try (AeadKey k = AeadKey.copyOf(new byte[32])) {
            byte[] a = AesGcm.seal(k, new byte[8], null);
            byte[] b = AesGcm.seal(k, new byte[8], null);
            assertThat(java.util.Arrays.copyOf(a, 12)).isNotEqualTo(java.util.Arrays.copyOf(b, 12));
        }
    }
}
