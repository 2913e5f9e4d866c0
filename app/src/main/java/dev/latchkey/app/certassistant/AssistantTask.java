package dev.latchkey.app.certassistant;

/** What Certificate Assistant can make, and which parts of its form each task asks for. */
public enum AssistantTask {
    KEY_PAIR(false, true, false, false),
    SELF_SIGNED(true, true, true, false),
    CERTIFICATE_AUTHORITY(true, true, true, false),
    ISSUE(true, true, true, true),
    REQUEST(true, true, false, false),
    SIGN_REQUEST(false, false, true, true);

    private final boolean subject;
    private final boolean newKey;
    private final boolean certificate;
    private final boolean issuer;

    AssistantTask(boolean subject, boolean newKey, boolean certificate, boolean issuer) {
        this.subject = subject;
        this.newKey = newKey;
        this.certificate = certificate;
        this.issuer = issuer;
    }

    /** Asks for a subject name and alternative names. */
    public boolean needsSubject() {
        return subject;
    }

    /** Makes a new key pair (asks for its algorithm). */
    public boolean makesKey() {
        return newKey;
    }

    /** Makes a certificate (asks for validity and usages). */
    public boolean makesCertificate() {
        return certificate;
    }

    /** Signs with a CA identity from the keychain. */
    public boolean needsIssuer() {
        return issuer;
    }
}
