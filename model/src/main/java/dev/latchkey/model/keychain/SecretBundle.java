package dev.latchkey.model.keychain;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.Map;

/**
 * The plaintext sealed in an item's {@code secret_ct}: a version byte, then (kind, length,
 * bytes) for each secret. Owns its secrets; closing wipes them.
 */
final class SecretBundle implements AutoCloseable {
    private static final int VERSION = 1;

    private final EnumMap<SecretKind, Secret> parts = new EnumMap<>(SecretKind.class);

    /** Takes ownership of {@code secret} (which may be null: nothing to put). */
    SecretBundle put(SecretKind kind, Secret secret) {
        Secret old = secret == null ? parts.remove(kind) : parts.put(kind, secret);
        if (old != null && old != secret) {
            old.close();
        }
        return this;
    }

    Secret get(SecretKind kind) {
        return parts.get(kind);
    }

    /** The encoded plaintext; the caller wipes it. */
    byte[] encode() {
        int size = 1;
        for (Secret s : parts.values()) {
            size += 5 + s.length();
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        b.put((byte) VERSION);
        for (Map.Entry<SecretKind, Secret> e : parts.entrySet()) {
            b.put((byte) e.getKey().tag());
            b.putInt(e.getValue().length());
            b.put(e.getValue().bytes());
        }
        return b.array();
    }

    /** Decodes and wipes {@code plaintext}. */
    static SecretBundle decode(byte[] plaintext) throws IllegalArgumentException {
        SecretBundle bundle = new SecretBundle();
        try {
            ByteBuffer b = ByteBuffer.wrap(plaintext);
            if (b.get() != VERSION) {
                throw new IllegalArgumentException("unknown secret encoding");
            }
            while (b.hasRemaining()) {
                int tag = Byte.toUnsignedInt(b.get());
                int length = b.getInt();
                if (length < 0 || length > b.remaining()) {
                    throw new IllegalArgumentException("secret length out of range");
                }
                byte[] value = new byte[length];
                b.get(value);
                SecretKind kind = SecretKind.byTag(tag).orElse(null);
                if (kind == null) {
                    Wipe.bytes(value);
                } else {
                    bundle.put(kind, Secret.wrap(value));
                }
            }
            return bundle;
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            bundle.close();
            throw new IllegalArgumentException("secret is malformed");
        } finally {
            Wipe.bytes(plaintext);
        }
    }

    @Override
    public void close() {
        parts.values().forEach(Secret::close);
        parts.clear();
    }

    @Override
    public String toString() {
        return "SecretBundle" + parts.keySet();
    }
}
