package dev.latchkey.crypto.otp;

/**
 * Base32 (RFC 4648 §6), the encoding of OTP seeds. Decoding forgives what people and
 * authenticator apps commonly do: lower case, spaces (as seeds are shown in groups) and
 * missing padding. Anything else is an error: characters outside the alphabet, padding that
 * is misplaced or of the wrong length, and lengths no byte string encodes to. Like other
 * authenticators it ignores non-zero bits after the last whole byte. Decoded bytes and
 * encoded characters are returned in arrays the caller can wipe.
 */
public final class Base32 {
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private Base32() {
    }

    public static byte[] decode(CharSequence text) throws Base32FormatException {
        int symbols = 0;
        int padding = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            if (c == '=') {
                padding++;
            } else if (padding > 0) {
                throw new Base32FormatException("Base32 padding is followed by more text at position " + (i + 1));
            } else if (value(c) < 0) {
                throw new Base32FormatException("not a Base32 character at position " + (i + 1));
            } else {
                symbols++;
            }
        }
        int tail = symbols % 8;
        if (tail == 1 || tail == 3 || tail == 6) {
            throw new Base32FormatException("Base32 text of " + symbols + " characters cannot be complete");
        }
        if (padding > 0 && padding != expectedPadding(tail)) {
            throw new Base32FormatException("the Base32 padding has the wrong length");
        }
        byte[] out = new byte[symbols * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int next = 0;
        for (int i = 0; i < text.length() && next < out.length; i++) {
            int v = value(text.charAt(i));
            if (v < 0) {
                continue;
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out[next++] = (byte) (buffer >>> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        return out;
    }

    /** Upper-case Base32 without padding, as {@code otpauth://} URIs carry it. */
    public static char[] encode(byte[] data) {
        char[] out = new char[(data.length * 8 + 4) / 5];
        int buffer = 0;
        int bits = 0;
        int next = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out[next++] = ALPHABET[(buffer >>> bits) & 0x1f];
            }
            buffer &= (1 << bits) - 1;
        }
        if (bits > 0) {
            out[next] = ALPHABET[(buffer << (5 - bits)) & 0x1f];
        }
        return out;
    }

    private static int expectedPadding(int tail) {
        return switch (tail) {
            case 2 -> 6;
            case 4 -> 4;
            case 5 -> 3;
            case 7 -> 1;
            default -> 0;
        };
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static int value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '2' && c <= '7') {
            return c - '2' + 26;
        }
        return -1;
    }
}
