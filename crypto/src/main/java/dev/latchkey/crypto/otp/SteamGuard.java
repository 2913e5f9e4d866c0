package dev.latchkey.crypto.otp;

import dev.latchkey.crypto.secret.Secret;

/**
 * Steam Guard codes: TOTP with HMAC-SHA1 and a 30-second period, whose truncated value is
 * written as five characters of Steam's 26-letter alphabet (least significant first).
 */
public final class SteamGuard {
    public static final int PERIOD_SECONDS = 30;
    public static final int LENGTH = 5;

    private static final char[] ALPHABET = "23456789BCDFGHJKMNPQRTVWXY".toCharArray();

    private SteamGuard() {
    }

    public static String code(Secret key, long epochSeconds) {
        int value = Hotp.truncate(Hotp.hmac(key, OtpAlgorithm.SHA1, Totp.timeStep(epochSeconds, PERIOD_SECONDS)));
        char[] out = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            out[i] = ALPHABET[value % ALPHABET.length];
            value /= ALPHABET.length;
        }
        return new String(out);
    }
}
