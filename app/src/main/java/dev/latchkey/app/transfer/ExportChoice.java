package dev.latchkey.app.transfer;

import dev.latchkey.crypto.writer.ExportFormat;

/** What the export dialog can write: certificates alone, identities with their keys, or private keys. */
public enum ExportChoice {
    IDENTITY_PKCS12(What.IDENTITIES, ExportFormat.PKCS12, "p12"),
    IDENTITY_PEM(What.IDENTITIES, ExportFormat.PEM, "pem"),
    CERTIFICATE_PEM(What.CERTIFICATES, ExportFormat.PEM, "pem"),
    CERTIFICATE_DER(What.CERTIFICATES, ExportFormat.DER, "cer"),
    CERTIFICATE_PKCS7(What.CERTIFICATES, ExportFormat.PKCS7, "p7b"),
    KEY_PKCS8(What.KEYS, ExportFormat.PKCS8, "p8"),
    KEY_PEM(What.KEYS, ExportFormat.PEM, "pem");

    /** The kind of material written. */
    public enum What { CERTIFICATES, IDENTITIES, KEYS }

    private final What what;
    private final ExportFormat format;
    private final String extension;

    ExportChoice(What what, ExportFormat format, String extension) {
        this.what = what;
        this.format = format;
        this.extension = extension;
    }

    public What what() {
        return what;
    }

    public ExportFormat format() {
        return format;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** True when private keys leave the keychain: a passphrase and a fresh keychain password are needed. */
    public boolean holdsPrivateKeys() {
        return what != What.CERTIFICATES;
    }
}
