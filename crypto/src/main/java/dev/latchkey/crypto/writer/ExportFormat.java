package dev.latchkey.crypto.writer;

/** The formats Latchkey writes, each knowing what it can hold and whether it protects keys. */
public enum ExportFormat {
    PEM("PEM", "pem", true, true, true, false),
    DER("DER", "der", true, true, false, false),
    PKCS7("PKCS#7", "p7b", true, false, true, false),
    PKCS8("PKCS#8", "p8", false, true, false, false),
    PKCS12("PKCS#12", "p12", true, true, true, true);

    private final String displayName;
    private final String extension;
    private final boolean holdsCertificates;
    private final boolean holdsPrivateKeys;
    private final boolean holdsSeveral;
    private final boolean requiresPassphrase;

    ExportFormat(String displayName, String extension, boolean holdsCertificates, boolean holdsPrivateKeys,
            boolean holdsSeveral, boolean requiresPassphrase) {
        this.displayName = displayName;
        this.extension = extension;
        this.holdsCertificates = holdsCertificates;
        this.holdsPrivateKeys = holdsPrivateKeys;
        this.holdsSeveral = holdsSeveral;
        this.requiresPassphrase = requiresPassphrase;
    }

    public String displayName() {
        return displayName;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public boolean holdsCertificates() {
        return holdsCertificates;
    }

    public boolean holdsPrivateKeys() {
        return holdsPrivateKeys;
    }

    /** False when the format holds exactly one certificate or key (DER, PKCS#8). */
    public boolean holdsSeveral() {
        return holdsSeveral;
    }

    /** PKCS#12 always needs a passphrase; PEM, DER and PKCS#8 encrypt a key only when given one. */
    public boolean requiresPassphrase() {
        return requiresPassphrase;
    }
}
