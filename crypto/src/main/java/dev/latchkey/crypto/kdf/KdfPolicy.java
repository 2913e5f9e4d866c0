package dev.latchkey.crypto.kdf;

/**
 * The floor every keychain must meet (architecture §4: m = 64 MiB, p = 2, t ≥ 3) and a ceiling
 * that keeps a hostile header from exhausting memory or time.
 */
public final class KdfPolicy {
    public static final int FLOOR_MEMORY_KIB = 64 * 1024;
    public static final int FLOOR_ITERATIONS = 3;
    public static final int PARALLELISM = 2;
    public static final int CEILING_MEMORY_KIB = 1024 * 1024;
    public static final int CEILING_ITERATIONS = 64;
    public static final int CEILING_PARALLELISM = 16;

    public static final KdfParameters FLOOR =
            new KdfParameters(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, PARALLELISM);

    private KdfPolicy() {
    }

    /** Refuses parameters below the floor (downgrade) or above the ceiling (denial of service). */
    public static void check(KdfParameters p) throws KdfPolicyException {
        if (p.memoryKiB() < FLOOR_MEMORY_KIB || p.iterations() < FLOOR_ITERATIONS
                || p.parallelism() < 1) {
            throw new KdfPolicyException("key derivation settings are below the minimum of "
                    + FLOOR + "; refusing a weakened keychain");
        }
        if (p.memoryKiB() > CEILING_MEMORY_KIB || p.iterations() > CEILING_ITERATIONS
                || p.parallelism() > CEILING_PARALLELISM) {
            throw new KdfPolicyException("key derivation settings " + p + " exceed the maximum this "
                    + "version supports");
        }
    }
}
