package dev.latchkey.crypto.secret;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** A growing byte buffer for secret output; {@link #takeAndWipe()} returns the bytes and zeroes the buffer. */
public final class SecretBuffer extends ByteArrayOutputStream {
    /** The content as a fresh array the caller must wipe; the internal buffer is zeroed. */
    public synchronized byte[] takeAndWipe() {
        byte[] out = toByteArray();
        Arrays.fill(buf, (byte) 0);
        reset();
        return out;
    }
}
