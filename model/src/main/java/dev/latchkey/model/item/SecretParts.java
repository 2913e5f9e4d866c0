package dev.latchkey.model.item;

import dev.latchkey.crypto.secret.Secret;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Named values kept as one of an item's secrets: its attachments (file name and content) or
 * its further fields (name, value, and whether the value is hidden). Encoded as a version
 * byte, then per part a flags byte, the UTF-8 name and the value, each with a 4-byte length.
 * Owns its values; closing wipes them.
 */
public final class SecretParts implements AutoCloseable {
    private static final int VERSION = 1;
    private static final int HIDDEN = 1;

    /** One attachment or field; {@code hidden} marks a value to mask on screen (a KeePass "protected" string). */
    public record Part(String name, boolean hidden, Secret value) {
        @Override
        public String toString() {
            return "Part[" + value.length() + " bytes]";
        }
    }

    private final List<Part> parts;

    public SecretParts(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    public List<Part> parts() {
        return parts;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The encoded form, to store as a secret; the parts stay open. */
    public Secret encode() {
        int size = 1;
        List<byte[]> names = new ArrayList<>(parts.size());
        for (Part p : parts) {
            byte[] name = p.name().getBytes(StandardCharsets.UTF_8);
            names.add(name);
            size += 1 + 4 + name.length + 4 + p.value().length();
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        b.put((byte) VERSION);
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            b.put((byte) (p.hidden() ? HIDDEN : 0));
            b.putInt(names.get(i).length).put(names.get(i));
            b.putInt(p.value().length()).put(p.value().bytes());
        }
        return Secret.wrap(b.array());
    }

    /** Decodes a stored secret (which stays the caller's to close). */
    public static SecretParts decode(Secret encoded) {
        List<Part> out = new ArrayList<>();
        try {
            ByteBuffer b = ByteBuffer.wrap(encoded.bytes());
            if (b.get() != VERSION) {
                throw new IllegalArgumentException("unknown encoding of attachments or fields");
            }
            while (b.hasRemaining()) {
                boolean hidden = (b.get() & HIDDEN) != 0;
                String name = new String(chunk(b), StandardCharsets.UTF_8);
                out.add(new Part(name, hidden, Secret.wrap(chunk(b))));
            }
            return new SecretParts(out);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            out.forEach(p -> p.value().close());
            throw new IllegalArgumentException("attachments or fields are malformed");
        }
    }

    private static byte[] chunk(ByteBuffer b) {
        int length = b.getInt();
        if (length < 0 || length > b.remaining()) {
            throw new IllegalArgumentException("length out of range");
        }
        byte[] out = new byte[length];
        b.get(out);
        return out;
    }

    @Override
    public void close() {
        parts.forEach(p -> p.value().close());
    }

    @Override
    public String toString() {
        return "SecretParts[" + parts.size() + "]";
    }
}
