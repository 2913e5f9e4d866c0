package dev.latchkey.crypto.trust;

/** A user's trust decision for one certificate, as in Keychain Access. */
public enum TrustSetting {
    /** "Use System Defaults": trusted only when it chains to an anchor. */
    DEFAULT,
    /** "Always Trust": the certificate is an anchor for the policy. */
    ALWAYS_TRUST,
    /** "Never Trust": any chain through it is denied. */
    NEVER_TRUST
}
