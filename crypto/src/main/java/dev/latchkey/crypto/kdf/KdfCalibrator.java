package dev.latchkey.crypto.kdf;

import dev.latchkey.crypto.random.Randoms;
import java.time.Duration;

/**
 * Picks the iteration count so that one derivation takes about the target time on this
 * machine, never below the floor. Memory and lanes stay at the policy's values.
 */
public final class KdfCalibrator {
    private KdfCalibrator() {
    }

    public static KdfParameters calibrate(Duration target) {
        KdfParameters floor = KdfPolicy.FLOOR;
        byte[] password = Randoms.bytes(16);
        byte[] salt = Randoms.bytes(32);
        byte[] out = new byte[Argon2id.KEY_LENGTH];
        long start = System.nanoTime();
        Argon2id.hash(password, salt, null, null, floor, out);
        return forMeasurement(target, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The parameters for {@code target}, given how long one derivation at the floor took. */
    static KdfParameters forMeasurement(Duration target, Duration atFloor) {
        KdfParameters floor = KdfPolicy.FLOOR;
        double perIteration = (double) Math.max(1, atFloor.toNanos()) / floor.iterations();
        long iterations = Math.round(target.toNanos() / perIteration);
        iterations = Math.max(floor.iterations(), Math.min(iterations, KdfPolicy.CEILING_ITERATIONS));
        return new KdfParameters(floor.memoryKiB(), (int) iterations, floor.parallelism());
    }
}
