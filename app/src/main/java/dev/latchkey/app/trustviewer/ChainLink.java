package dev.latchkey.app.trustviewer;

import java.util.List;

/**
 * One certificate of an evaluated chain as the trust viewer shows it.
 *
 * @param index    position in the chain, 0 for the certificate evaluated
 * @param name     its common name (or whole subject)
 * @param role     "Root certificate authority", "Intermediate certificate authority", "Certificate"
 * @param findings the evaluator's sentences about this certificate, worst first
 */
public record ChainLink(int index, String name, String role, String subject, String issuer, String validity,
        String sha256, Mark mark, List<String> findings) {
    /** The mark on a link: nothing wrong, something a user could override, or a failure. */
    public enum Mark {
        TRUSTED("mdi2c-check-circle", "mark-trusted"),
        WARNING("mdi2a-alert", "mark-warning"),
        FAILED("mdi2c-close-circle", "mark-failed");

        private final String icon;
        private final String styleClass;

        Mark(String icon, String styleClass) {
            this.icon = icon;
            this.styleClass = styleClass;
        }

        public String icon() {
            return icon;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    public ChainLink {
        findings = List.copyOf(findings);
    }
}
