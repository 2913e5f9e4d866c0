package dev.latchkey.crypto.otp;

import dev.latchkey.crypto.secret.Secret;

/**
 * TOTP (RFC 6238): HOTP over the number of whole periods since the Unix epoch (T0 = 0, as
 * every {@code otpauth://} URI assumes). Times are Unix seconds and must not be negative.
 */
public final class Totp {
    private Totp() {
    }

    public static String code(Secret key, OtpAlgorithm algorithm, int digits, long periodSeconds, long epochSeconds) {
        return Hotp.code(key, algorithm, timeStep(epochSeconds, periodSeconds), digits);
    }

    /** The counter T = floor(time / period). */
    public static long timeStep(long epochSeconds, long periodSeconds) {
        if (periodSeconds < 1) {
            throw new IllegalArgumentException("the period must be at least one second");
        }
        if (epochSeconds < 0) {
            throw new IllegalArgumentException("the time is before 1970");
        }
        return epochSeconds / periodSeconds;
    }

    /** Whole seconds until the code at {@code epochSeconds} changes (1 to period). */
    public static long secondsRemaining(long epochSeconds, long periodSeconds) {
        return periodSeconds - epochSeconds % periodSeconds;
    }
}
