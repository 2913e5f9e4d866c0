package dev.latchkey.crypto.random;

import java.security.SecureRandom;
import java.util.UUID;

/** Every key, salt, nonce and identifier comes from here: one shared {@link SecureRandom}. */
public final class Randoms {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Randoms() {
    }

    public static byte[] bytes(int length) {
        byte[] out = new byte[length];
        RANDOM.nextBytes(out);
        return out;
    }

    public static void fill(byte[] target) {
        RANDOM.nextBytes(target);
    }

    /** Uniform in [0, bound). */
    public static int nextInt(int bound) {
        return RANDOM.nextInt(bound);
    }

    /** A random (version 4) UUID. */
    public static UUID uuid() {
        byte[] b = bytes(16);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (b[i] & 0xff);
            lsb = (lsb << 8) | (b[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    public static SecureRandom secureRandom() {
        return RANDOM;
    }
}
