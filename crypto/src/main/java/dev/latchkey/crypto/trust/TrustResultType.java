package dev.latchkey.crypto.trust;

/** Apple's SecTrustResultType, for a Keychain Access user. */
public enum TrustResultType {
    /** Trusted because the user explicitly trusts a certificate in the chain ("Always Trust"). */
    PROCEED,
    /** Trusted through the default anchors (System Roots or roots the caller gave), no user setting involved. */
    UNSPECIFIED,
    /** Not trusted, for a reason a user might override. */
    RECOVERABLE_TRUST_FAILURE,
    /** Not trusted, and no setting can change that. */
    FATAL_TRUST_FAILURE,
    /** The user set "Never Trust" on a certificate in the chain. */
    DENY;

    public boolean trusted() {
        return this == PROCEED || this == UNSPECIFIED;
    }
}
