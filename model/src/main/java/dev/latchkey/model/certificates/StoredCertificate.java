package dev.latchkey.model.certificates;

import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;

/** A certificate item (of a keychain or of System Roots) and the certificate it holds. */
public record StoredCertificate(Item item, X509Certificate certificate) {
    public StoredCertificate {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(certificate, "certificate");
    }

    public String label() {
        return item.displayName();
    }

    /** SHA-256 of the DER encoding. */
    public byte[] sha256() {
        return item.attributes().bytes(Attribute.CERTIFICATE_SHA256)
                .orElseGet(() -> CertificateAttributes.sha256(certificate));
    }

    public byte[] publicKeyHash() {
        return item.attributes().bytes(Attribute.PUBLIC_KEY_HASH)
                .orElseGet(() -> CertificateAttributes.publicKeyHash(certificate));
    }

    public List<String> emailAddresses() {
        return item.attributes().list(Attribute.EMAIL_ADDRESSES);
    }

    public Instant notAfter() {
        return certificate.getNotAfter().toInstant();
    }

    public String subject() {
        return certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
    }

    public String issuer() {
        return certificate.getIssuerX500Principal().getName(X500Principal.RFC2253);
    }

    /** {@code find-certificate -c}: the name appears in the label or the subject, in any case. */
    public boolean nameContains(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return label().toLowerCase(Locale.ROOT).contains(n) || subject().toLowerCase(Locale.ROOT).contains(n);
    }

    /** {@code find-certificate -e}: one of its e-mail addresses is this one, in any case. */
    public boolean hasEmail(String email) {
        return emailAddresses().stream().anyMatch(email::equalsIgnoreCase);
    }

    /** Free-text search: every term appears in the label, subject, issuer or e-mail addresses. */
    public boolean matchesText(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String haystack = (label() + "\n" + subject() + "\n" + issuer() + "\n" + String.join("\n", emailAddresses()))
                .toLowerCase(Locale.ROOT);
        for (String term : text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(term)) {
                return false;
            }
        }
        return true;
    }
}
