package dev.latchkey.crypto;

import java.util.HexFormat;

/** Hex helper for known-answer tests. */
public final class TestHex {
    private TestHex() {
    }

    public static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    public static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    public static byte[] filled(int length, int value) {
        byte[] out = new byte[length];
        java.util.Arrays.fill(out, (byte) value);
        return out;
    }

    public static byte[] range(int from, int toExclusive) {
        byte[] out = new byte[toExclusive - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (from + i);
        }
        return out;
    }
}
