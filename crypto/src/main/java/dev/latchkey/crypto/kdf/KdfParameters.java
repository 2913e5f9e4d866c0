package dev.latchkey.crypto.kdf;

/**
 * Argon2id cost: memory in KiB, iterations (t) and lanes (p).
 *
 * @see KdfPolicy for the floor and ceiling a keychain header must respect
 */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {
    public KdfParameters {
        if (memoryKiB <= 0 || iterations <= 0 || parallelism <= 0) {
            throw new IllegalArgumentException("KDF parameters must be positive");
        }
    }

    @Override
    public String toString() {
        return "Argon2id(m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + parallelism + ")";
    }
}
