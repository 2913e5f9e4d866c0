package dev.latchkey.crypto.otp;

import java.util.Locale;
import java.util.Optional;

/** The HMAC behind a one-time code: its JCA name and the name {@code otpauth://} URIs use. */
public enum OtpAlgorithm {
    SHA1("HmacSHA1"),
    SHA256("HmacSHA256"),
    SHA512("HmacSHA512");

    private final String jcaName;

    OtpAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    public String jcaName() {
        return jcaName;
    }

    /** The name in a Key Uri ({@code algorithm=SHA256}). */
    public String uriName() {
        return name();
    }

    /** Accepts {@code SHA1}, {@code sha-256}, {@code HmacSHA512} and the like; anything else is empty. */
    public static Optional<OtpAlgorithm> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toUpperCase(Locale.ROOT).replace("-", "");
        if (n.startsWith("HMAC")) {
            n = n.substring(4);
        }
        for (OtpAlgorithm a : values()) {
            if (a.name().equals(n)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
