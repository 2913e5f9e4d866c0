package dev.latchkey.model.otp;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Percent-encoding (RFC 3986) for the parts of OTP URIs; secrets stay in char arrays. */
final class UriText {
    private UriText() {
    }

    /** Decodes {@code text[from, to)} as percent-encoded UTF-8; {@code plusIsSpace} for form-style values. */
    static String decode(CharSequence text, int from, int to, boolean plusIsSpace) throws LatchkeyException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%') {
                bytes.write(hexByte(text, i, to));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                bytes.writeBytes(text.subSequence(i, end).toString().getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new LatchkeyException(Status.DECODE, "the URI has percent escapes that are not UTF-8");
        }
    }

    /**
     * Decodes a percent-encoded ASCII value (a seed or a Base64 payload) into a char array the
     * caller wipes, without making a String of it.
     */
    static char[] decodeAscii(CharSequence text, int from, int to) throws LatchkeyException {
        char[] out = new char[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int b = hexByte(text, i, to);
                if (b >= 0x80) {
                    Arrays.fill(out, '\0');
                    throw new LatchkeyException(Status.DECODE, "the URI's secret contains non-ASCII characters");
                }
                out[n++] = (char) b;
                i += 2;
            } else {
                out[n++] = c;
            }
        }
        char[] result = Arrays.copyOf(out, n);
        Arrays.fill(out, '\0');
        return result;
    }

    private static int hexByte(CharSequence text, int at, int to) throws LatchkeyException {
        int hi = at + 1 < to ? Character.digit(text.charAt(at + 1), 16) : -1;
        int lo = at + 2 < to ? Character.digit(text.charAt(at + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
            throw new LatchkeyException(Status.DECODE, "the URI has a broken percent escape at position " + (at + 1));
        }
        return hi << 4 | lo;
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters (and {@code @}, common in accounts). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '@') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** {@code prefix + secret + suffix} in a fresh array; the caller wipes it. */
    static char[] join(String prefix, char[] secret, String suffix) {
        CharBuffer out = CharBuffer.allocate(prefix.length() + secret.length + suffix.length());
        out.put(prefix).put(secret).put(suffix);
        return out.array();
    }
}
