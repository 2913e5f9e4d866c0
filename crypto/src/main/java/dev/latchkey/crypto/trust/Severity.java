package dev.latchkey.crypto.trust;

/** How bad a finding is, which decides the {@link TrustResultType}. */
public enum Severity {
    /** The user's own "Never Trust" setting: the result is DENY. */
    DENIED,
    /** Cannot be trusted whatever the user decides: a bad signature, a revoked or malformed certificate. */
    FATAL,
    /** Fails this policy, but a user's explicit trust could accept it: expired, wrong host name, unknown root. */
    RECOVERABLE
}
