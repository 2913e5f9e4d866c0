package dev.latchkey.crypto.secret;

import java.util.Arrays;

/** Zeroes arrays that held secret material; null-safe so it fits in finally blocks. */
public final class Wipe {
    private Wipe() {
    }

    public static void bytes(byte[]... arrays) {
        for (byte[] a : arrays) {
            if (a != null) {
                Arrays.fill(a, (byte) 0);
            }
        }
    }

    public static void chars(char[]... arrays) {
        for (char[] a : arrays) {
            if (a != null) {
                Arrays.fill(a, '\0');
            }
        }
    }
}
