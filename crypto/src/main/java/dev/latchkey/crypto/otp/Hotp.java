package dev.latchkey.crypto.otp;

import dev.latchkey.crypto.secret.Secret;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HOTP (RFC 4226): HMAC over a counter, dynamic truncation, decimal digits. JCA HMAC only. */
public final class Hotp {
    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 8;

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000,
        10_000_000, 100_000_000};

    private Hotp() {
    }

    /** The code for {@code counter}, zero-padded to {@code digits} (6 to 8). */
    public static String code(Secret key, OtpAlgorithm algorithm, long counter, int digits) {
        if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("digits must be between " + MIN_DIGITS + " and " + MAX_DIGITS);
        }
        int value = truncate(hmac(key, algorithm, counter)) % POWERS_OF_TEN[digits];
        StringBuilder out = new StringBuilder(digits).append(value);
        while (out.length() < digits) {
            out.insert(0, '0');
        }
        return out.toString();
    }

    /** HMAC(key, counter as 8 big-endian bytes), the value RFC 4226 calls HS. */
    public static byte[] hmac(Secret key, OtpAlgorithm algorithm, long counter) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("the key is empty");
        }
        try {
            Mac mac = Mac.getInstance(algorithm.jcaName());
            mac.init(new SecretKeySpec(key.bytes(), algorithm.jcaName()));
            return mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + algorithm.jcaName(), e);
        }
    }

    /** Dynamic truncation (RFC 4226 §5.3): 31 bits taken at the offset named by the last nibble. */
    public static int truncate(byte[] hmac) {
        int offset = hmac[hmac.length - 1] & 0x0f;
        return (hmac[offset] & 0x7f) << 24
                | (hmac[offset + 1] & 0xff) << 16
                | (hmac[offset + 2] & 0xff) << 8
                | (hmac[offset + 3] & 0xff);
    }
}
