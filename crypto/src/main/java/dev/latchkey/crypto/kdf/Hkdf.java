package dev.latchkey.crypto.kdf;

import dev.latchkey.crypto.secret.Secret;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/** HKDF-SHA256 (RFC 5869) through Bouncy Castle. */
public final class Hkdf {
    private Hkdf() {
    }

    public static byte[] derive(byte[] ikm, byte[] salt, byte[] info, int length) {
        HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
        generator.init(new HKDFParameters(ikm, salt, info));
        byte[] out = new byte[length];
        generator.generateBytes(out, 0, length);
        return out;
    }

    /** A 32-byte subkey of {@code master} for a purpose named by {@code label}. */
    public static Secret subkey(Secret master, String label) {
        return Secret.wrap(derive(master.bytes(), null, label.getBytes(StandardCharsets.US_ASCII), 32));
    }
}
