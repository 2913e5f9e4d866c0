package dev.latchkey.crypto.mac;

import dev.latchkey.crypto.secret.Secret;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A keyed HMAC-SHA256 that can be used from several threads and wiped on close. */
public final class HmacSha256 implements AutoCloseable {
    public static final int LENGTH = 32;

    private final byte[] raw;
    private volatile SecretKeySpec spec;
    private final ThreadLocal<Mac> mac;

    public HmacSha256(Secret key) {
        this.raw = key.copy();
        this.spec = new SecretKeySpec(raw, "HmacSHA256");
        this.mac = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(currentSpec());
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }

    private SecretKeySpec currentSpec() {
        SecretKeySpec s = spec;
        if (s == null) {
            throw new IllegalStateException("key already wiped");
        }
        return s;
    }

    /** The MAC of the concatenation of {@code parts}. */
    public byte[] mac(byte[]... parts) {
        currentSpec();
        Mac m = mac.get();
        for (byte[] p : parts) {
            m.update(p);
        }
        return m.doFinal();
    }

    @Override
    public void close() {
        spec = null;
        Arrays.fill(raw, (byte) 0);
    }

    @Override
    public String toString() {
        return "HmacSha256[redacted]";
    }
}
