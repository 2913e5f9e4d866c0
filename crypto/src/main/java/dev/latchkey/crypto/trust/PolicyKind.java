package dev.latchkey.crypto.trust;

import java.util.Optional;

/** The trust policies of architecture §5, named as the CLI's {@code -p} spells them. */
public enum PolicyKind {
    /** RFC 5280 path validation only. */
    BASIC("basic", "X.509 Basic Policy"),
    /** A TLS server: host name in the SAN, serverAuth, CA/Browser Forum rules for keys and algorithms. */
    SSL_SERVER("ssl", "Secure Sockets Layer (SSL)"),
    /** A TLS client certificate: clientAuth. */
    SSL_CLIENT("ssl-client", "SSL Client"),
    /** S/MIME: e-mail address in the SAN or subject, emailProtection. */
    SMIME("smime", "Secure Mail (S/MIME)"),
    /** Code signing: codeSigning is required. */
    CODE_SIGNING("codesign", "Code Signing");

    private final String cliName;
    private final String displayName;

    PolicyKind(String cliName, String displayName) {
        this.cliName = cliName;
        this.displayName = displayName;
    }

    public String cliName() {
        return cliName;
    }

    /** The name Keychain Access shows in a certificate's trust section. */
    public String displayName() {
        return displayName;
    }

    public static Optional<PolicyKind> fromCliName(String name) {
        for (PolicyKind kind : values()) {
            if (kind.cliName.equalsIgnoreCase(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
