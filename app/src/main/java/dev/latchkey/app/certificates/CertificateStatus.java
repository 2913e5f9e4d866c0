package dev.latchkey.app.certificates;

/** What the banner above a certificate says, as in Keychain Access. */
public enum CertificateStatus {
    VALID("mdi2c-check-decagram", "status-valid"),
    EXPIRED("mdi2c-clock-alert-outline", "status-failed"),
    NOT_YET_VALID("mdi2c-clock-outline", "status-warning"),
    NOT_TRUSTED("mdi2c-close-octagon-outline", "status-failed"),
    REVOKED("mdi2c-cancel", "status-failed");

    private final String icon;
    private final String styleClass;

    CertificateStatus(String icon, String styleClass) {
        this.icon = icon;
        this.styleClass = styleClass;
    }

    /** The Ikonli literal of the banner's icon. */
    public String icon() {
        return icon;
    }

    /** The style class that colours the banner (see latchkey.css). */
    public String styleClass() {
        return styleClass;
    }
}
