package dev.latchkey.crypto.kdf;

import static dev.latchkey.crypto.TestHex.filled;
import static dev.latchkey.crypto.TestHex.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.secret.Secret;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class Argon2idTest {
    @Test
    void rfc9106Argon2idVector() {
        // RFC 9106 §5.3: Argon2id, m = 32 KiB, t = 3, p = 4, 32-byte tag.
        byte[] out = new byte[32];
        Argon2id.hash(filled(32, 1), filled(16, 2), filled(8, 3), filled(12, 4),
                new KdfParameters(32, 3, 4), out);
        assertThat(hex(out))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void derivationIsDeterministicAndDependsOnSaltAndPassword() throws Exception {
        byte[] salt = filled(32, 7);
        try (Secret pw = Secret.fromChars("correct horse".toCharArray());
             Secret other = Secret.fromChars("correct horsE".toCharArray());
             Secret a = Argon2id.deriveKey(pw, salt, KdfPolicy.FLOOR);
             Secret b = Argon2id.deriveKey(pw, salt, KdfPolicy.FLOOR);
             Secret c = Argon2id.deriveKey(other, salt, KdfPolicy.FLOOR);
             Secret d = Argon2id.deriveKey(pw, filled(32, 8), KdfPolicy.FLOOR)) {
            assertThat(a.length()).isEqualTo(32);
            assertThat(a.contentEquals(b)).isTrue();
            assertThat(a.contentEquals(c)).isFalse();
            assertThat(a.contentEquals(d)).isFalse();
        }
    }

    @Test
    void refusesParametersBelowTheFloor() {
        try (Secret pw = Secret.copyOf(new byte[] {1, 2, 3})) {
            assertThatThrownBy(() -> Argon2id.deriveKey(pw, filled(32, 0), new KdfParameters(1024, 3, 2)))
                    .isInstanceOf(KdfPolicyException.class).hasMessageContaining("below the minimum");
            assertThatThrownBy(() -> Argon2id.deriveKey(pw, filled(32, 0), new KdfParameters(65536, 2, 2)))
                    .isInstanceOf(KdfPolicyException.class);
        }
    }

    @Test
    void refusesAbsurdParameters() {
        assertThatThrownBy(() -> KdfPolicy.check(new KdfParameters(4 * 1024 * 1024, 3, 2)))
                .isInstanceOf(KdfPolicyException.class).hasMessageContaining("exceed");
        assertThatThrownBy(() -> KdfPolicy.check(new KdfParameters(65536, 1000, 2)))
                .isInstanceOf(KdfPolicyException.class);
    }

    @Test
    void calibrationOnThisMachineStaysWithinPolicy() throws Exception {
        KdfParameters p = KdfCalibrator.calibrate(Duration.ofMillis(700));
        KdfPolicy.check(p);
        assertThat(p.memoryKiB()).isEqualTo(KdfPolicy.FLOOR_MEMORY_KIB);
    }

    @Test
    void iterationsScaleWithTheTargetAndNeverLeaveTheFloorOrCeiling() {
        // 300 ms for 3 iterations at the floor = 100 ms per iteration.
        Duration atFloor = Duration.ofMillis(300);
        assertThat(KdfCalibrator.forMeasurement(Duration.ofMillis(700), atFloor).iterations()).isEqualTo(7);
        assertThat(KdfCalibrator.forMeasurement(Duration.ofMillis(1), atFloor)).isEqualTo(KdfPolicy.FLOOR);
        assertThat(KdfCalibrator.forMeasurement(Duration.ofHours(1), atFloor).iterations())
                .isEqualTo(KdfPolicy.CEILING_ITERATIONS);
        assertThat(KdfCalibrator.forMeasurement(Duration.ofSeconds(1), Duration.ZERO).iterations())
                .as("an impossibly fast measurement still respects the ceiling").isEqualTo(KdfPolicy.CEILING_ITERATIONS);
    }
}
