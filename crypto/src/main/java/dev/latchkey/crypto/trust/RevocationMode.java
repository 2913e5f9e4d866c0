package dev.latchkey.crypto.trust;

/** How the CRLs in the {@link TrustStore} are used. */
public enum RevocationMode {
    /** Ignore revocation lists. */
    OFF,
    /** Check a certificate when a usable CRL for it is at hand; say nothing otherwise (the default). */
    IF_AVAILABLE,
    /** Every certificate below the anchor needs a current CRL saying it is not revoked (as NIST PKITS assumes). */
    REQUIRED
}
