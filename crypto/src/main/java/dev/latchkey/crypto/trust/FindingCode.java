package dev.latchkey.crypto.trust;

/** Stable codes for trust findings, each with its severity and a one-line description. */
public enum FindingCode {
    DENIED_BY_TRUST_SETTING(Severity.DENIED, "The certificate is set to Never Trust."),

    MALFORMED_CERTIFICATE(Severity.FATAL, "The certificate is not correctly encoded."),
    MALFORMED_EXTENSION(Severity.FATAL, "An extension of the certificate cannot be decoded."),
    BAD_SIGNATURE(Severity.FATAL, "The issuer's signature on the certificate is not valid."),
    UNSUPPORTED_SIGNATURE_ALGORITHM(Severity.FATAL, "The signature algorithm is not supported."),
    INSECURE_SIGNATURE_ALGORITHM(Severity.FATAL, "The certificate is signed with a broken hash (MD2 or MD5)."),
    NOT_A_CA(Severity.FATAL, "The issuer is not a certificate authority."),
    KEY_CERT_SIGN_NOT_ALLOWED(Severity.FATAL, "The issuer's key usage does not allow signing certificates."),
    PATH_LENGTH_EXCEEDED(Severity.FATAL, "A CA's path length constraint is exceeded."),
    UNKNOWN_CRITICAL_EXTENSION(Severity.FATAL, "The certificate has a critical extension that is not understood."),
    NAME_CONSTRAINT_VIOLATION(Severity.FATAL, "A name is outside what an issuing CA may certify."),
    INVALID_NAME_CONSTRAINTS(Severity.FATAL, "A CA's name constraints are malformed."),
    INVALID_POLICY_MAPPING(Severity.FATAL, "A CA maps the any-policy identifier."),
    REVOKED(Severity.FATAL, "The certificate has been revoked."),

    EXPIRED(Severity.RECOVERABLE, "The certificate has expired."),
    NOT_YET_VALID(Severity.RECOVERABLE, "The certificate is not yet valid."),
    ISSUER_NOT_FOUND(Severity.RECOVERABLE, "The issuer's certificate could not be found."),
    UNTRUSTED_ROOT(Severity.RECOVERABLE, "The root certificate is not trusted."),
    CHAIN_TOO_LONG(Severity.RECOVERABLE, "The chain has more intermediate CAs than allowed."),
    HOST_NAME_MISMATCH(Severity.RECOVERABLE, "The certificate is not valid for the host name."),
    NO_SUBJECT_ALT_NAME(Severity.RECOVERABLE, "The certificate has no subject alternative names to match."),
    EMAIL_MISMATCH(Severity.RECOVERABLE, "The certificate is not valid for the e-mail address."),
    EXTENDED_KEY_USAGE(Severity.RECOVERABLE, "The extended key usage does not allow this purpose."),
    KEY_USAGE(Severity.RECOVERABLE, "The key usage does not allow this purpose."),
    WEAK_SIGNATURE_ALGORITHM(Severity.RECOVERABLE, "The certificate is signed with SHA-1, which this policy rejects."),
    WEAK_KEY(Severity.RECOVERABLE, "The key is too small for this policy."),
    DISALLOWED_KEY_TYPE(Severity.RECOVERABLE, "The key type or curve is not allowed by this policy."),
    PROFILE_VIOLATION(Severity.RECOVERABLE, "The certificate breaks a rule of the RFC 5280 or CA/Browser Forum profile."),
    POLICY_NOT_ACCEPTABLE(Severity.RECOVERABLE, "The chain has no certificate policy in common that is required."),
    REVOCATION_UNKNOWN(Severity.RECOVERABLE, "Whether the certificate is revoked could not be determined.");

    private final Severity severity;
    private final String description;

    FindingCode(Severity severity, String description) {
        this.severity = severity;
        this.description = description;
    }

    public Severity severity() {
        return severity;
    }

    /** A generic sentence; findings carry a more specific message. */
    public String description() {
        return description;
    }
}
