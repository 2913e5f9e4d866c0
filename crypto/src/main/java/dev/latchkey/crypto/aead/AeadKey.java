package dev.latchkey.crypto.aead;

import dev.latchkey.crypto.secret.Secret;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit AES key for {@link AesGcm}. Closing wipes our copy and drops the JCA key object
 * (whose internal copy the JDK gives no way to wipe; it becomes garbage with this object).
 */
public final class AeadKey implements AutoCloseable {
    public static final int LENGTH = 32;

    private final byte[] raw;
    private volatile SecretKeySpec spec;

    private AeadKey(byte[] raw) {
        if (raw.length != LENGTH) {
            throw new IllegalArgumentException("AES-256 keys are 32 bytes");
        }
        this.raw = raw;
        this.spec = new SecretKeySpec(raw, "AES");
    }

    /** Copies the key bytes out of the secret; the secret stays the caller's. */
    public static AeadKey of(Secret key) {
        return new AeadKey(key.copy());
    }

    public static AeadKey copyOf(byte[] key) {
        return new AeadKey(key.clone());
    }

    SecretKeySpec spec() {
        SecretKeySpec s = spec;
        if (s == null) {
            throw new IllegalStateException("key already wiped");
        }
        return s;
    }

    public boolean isClosed() {
        return spec == null;
    }

    @Override
    public void close() {
        spec = null;
        Arrays.fill(raw, (byte) 0);
    }

    @Override
    public String toString() {
        return "AeadKey[redacted]";
    }
}
