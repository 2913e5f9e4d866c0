package dev.latchkey.crypto.secret;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Secret bytes that are wiped on {@link #close()}. Owns its array: callers hand an array over
 * with {@link #wrap(byte[])} and must not keep using it. Never prints its content.
 */
public final class Secret implements AutoCloseable {
    private final byte[] bytes;
    private volatile boolean closed;

    private Secret(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Takes ownership of {@code bytes}; they are zeroed when this secret closes. */
    public static Secret wrap(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("bytes");
        }
        return new Secret(bytes);
    }

    public static Secret copyOf(byte[] bytes) {
        return new Secret(bytes.clone());
    }

    public static Secret copyOf(byte[] bytes, int offset, int length) {
        return new Secret(Arrays.copyOfRange(bytes, offset, offset + length));
    }

    /**
     * Encodes characters as NFC-normalised UTF-8, the canonical form of a typed password or
     * note. The caller still owns (and should wipe) {@code chars}.
     */
    public static Secret fromChars(char[] chars) {
        CharBuffer input = CharBuffer.wrap(chars);
        if (Normalizer.isNormalized(input, Normalizer.Form.NFC)) {
            return new Secret(encodeUtf8(input));
        }
        // Normalizer only returns Strings; this one lives for the length of the call.
        char[] normalized = Normalizer.normalize(input, Normalizer.Form.NFC).toCharArray();
        try {
            return new Secret(encodeUtf8(CharBuffer.wrap(normalized)));
        } finally {
            Arrays.fill(normalized, '\0');
        }
    }

    private static byte[] encodeUtf8(CharBuffer chars) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer buffer;
        try {
            buffer = encoder.encode(chars);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("UTF-8 encoder refused replaced input", e);
        }
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return out;
    }

    /** The live content; valid until {@link #close()}. Do not keep the reference. */
    public byte[] bytes() {
        ensureOpen();
        return bytes;
    }

    /** A fresh copy the caller must wipe. */
    public byte[] copy() {
        ensureOpen();
        return bytes.clone();
    }

    /** Decodes the UTF-8 content into a fresh char array the caller must wipe. */
    public char[] toChars() {
        ensureOpen();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer buffer;
        try {
            buffer = decoder.decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("UTF-8 decoder refused replaced input", e);
        }
        char[] out = new char[buffer.remaining()];
        buffer.get(out);
        Arrays.fill(buffer.array(), '\0');
        return out;
    }

    public int length() {
        ensureOpen();
        return bytes.length;
    }

    public boolean isEmpty() {
        return length() == 0;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Constant-time comparison of the contents. */
    public boolean contentEquals(Secret other) {
        return MessageDigest.isEqual(bytes(), other.bytes());
    }

    public Secret duplicate() {
        return copyOf(bytes());
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("secret already wiped");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
