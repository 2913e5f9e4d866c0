package dev.latchkey.crypto.trust;

import java.util.Objects;

/**
 * What a certificate is evaluated for.
 *
 * @param kind             the policy
 * @param name             host name or IP address (SSL server) or e-mail address (S/MIME) to
 *                         match; {@code null} to skip the name check
 * @param revocation       how CRLs are used
 * @param maxIntermediates the most intermediate CAs (self-issued ones not counted), or -1 for no limit
 */
public record TrustPolicy(PolicyKind kind, String name, RevocationMode revocation, int maxIntermediates) {
    public TrustPolicy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(revocation, "revocation");
        if (name != null && name.isBlank()) {
            name = null;
        }
        if (maxIntermediates < -1) {
            throw new IllegalArgumentException("maxIntermediates is -1 (no limit) or more, not " + maxIntermediates);
        }
    }

    public static TrustPolicy basic() {
        return of(PolicyKind.BASIC, null);
    }

    public static TrustPolicy sslServer(String hostName) {
        return of(PolicyKind.SSL_SERVER, hostName);
    }

    public static TrustPolicy sslClient() {
        return of(PolicyKind.SSL_CLIENT, null);
    }

    public static TrustPolicy smime(String email) {
        return of(PolicyKind.SMIME, email);
    }

    public static TrustPolicy codeSigning() {
        return of(PolicyKind.CODE_SIGNING, null);
    }

    public static TrustPolicy of(PolicyKind kind, String name) {
        return new TrustPolicy(kind, name, RevocationMode.IF_AVAILABLE, -1);
    }

    public TrustPolicy withRevocation(RevocationMode mode) {
        return new TrustPolicy(kind, name, mode, maxIntermediates);
    }

    public TrustPolicy withMaxIntermediates(int max) {
        return new TrustPolicy(kind, name, revocation, max);
    }

    /** SSL server rules (CA/Browser Forum profile) apply. */
    boolean webPki() {
        return kind == PolicyKind.SSL_SERVER;
    }
}
