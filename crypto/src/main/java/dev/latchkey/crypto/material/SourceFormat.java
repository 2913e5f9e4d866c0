package dev.latchkey.crypto.material;

/** The container a file turned out to be, detected from its content. */
public enum SourceFormat {
    PEM("PEM text"),
    DER_CERTIFICATE("DER certificate"),
    DER_CRL("DER certificate revocation list"),
    DER_PRIVATE_KEY("DER private key"),
    DER_ENCRYPTED_PRIVATE_KEY("DER encrypted private key"),
    DER_PUBLIC_KEY("DER public key"),
    PKCS7("PKCS#7 certificate bundle"),
    PKCS12("PKCS#12"),
    JKS("Java key store (JKS)"),
    JCEKS("Java key store (JCEKS)");

    private final String displayName;

    SourceFormat(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
