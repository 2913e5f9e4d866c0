package dev.latchkey.crypto.x509;

import java.util.Optional;

/** Extended key usages (RFC 5280 §4.2.1.12) that Latchkey names and checks. */
public enum KeyPurpose {
    SERVER_AUTH("1.3.6.1.5.5.7.3.1", "TLS Web Server Authentication"),
    CLIENT_AUTH("1.3.6.1.5.5.7.3.2", "TLS Web Client Authentication"),
    CODE_SIGNING("1.3.6.1.5.5.7.3.3", "Code Signing"),
    EMAIL_PROTECTION("1.3.6.1.5.5.7.3.4", "E-mail Protection"),
    TIME_STAMPING("1.3.6.1.5.5.7.3.8", "Time Stamping"),
    OCSP_SIGNING("1.3.6.1.5.5.7.3.9", "OCSP Signing"),
    ANY("2.5.29.37.0", "Any Extended Key Usage");

    private final String oid;
    private final String displayName;

    KeyPurpose(String oid, String displayName) {
        this.oid = oid;
        this.displayName = displayName;
    }

    public String oid() {
        return oid;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<KeyPurpose> ofOid(String oid) {
        for (KeyPurpose p : values()) {
            if (p.oid.equals(oid)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
