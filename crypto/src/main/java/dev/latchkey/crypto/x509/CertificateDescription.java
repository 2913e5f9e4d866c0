package dev.latchkey.crypto.x509;

import java.time.Instant;
import java.util.List;

/**
 * Everything a certificate inspector shows, as plain values and text.
 *
 * @param subject            the subject as one line ("CN=www.example.com, O=Example")
 * @param subjectFields      the subject's attributes, most significant last as in the certificate
 * @param serialNumber       colon-separated hex
 * @param publicKey          "RSA 2048-bit", "ECC P-256", "Ed25519"
 * @param sha256Fingerprint  colon-separated upper-case hex of the DER encoding
 * @param pem                the certificate as PEM text
 */
public record CertificateDescription(String subject, List<NameField> subjectFields, String issuer,
        List<NameField> issuerFields, int version, String serialNumber, Instant notBefore, Instant notAfter,
        String publicKey, String publicKeyAlgorithm, String signatureAlgorithm, String signatureAlgorithmOid,
        List<ExtensionDescription> extensions, String sha256Fingerprint, String sha1Fingerprint, String pem) {
    public CertificateDescription {
        subjectFields = List.copyOf(subjectFields);
        issuerFields = List.copyOf(issuerFields);
        extensions = List.copyOf(extensions);
    }

    /** One attribute of a distinguished name, with a readable label ("Common Name"). */
    public record NameField(String label, String oid, String value) {
    }

    /** One extension decoded to readable lines. */
    public record ExtensionDescription(String name, String oid, boolean critical, List<String> lines) {
        public ExtensionDescription {
            lines = List.copyOf(lines);
        }
    }

    /** The subject's common name, or the whole subject when it has none. */
    public String commonName() {
        for (int i = subjectFields.size() - 1; i >= 0; i--) {
            if (subjectFields.get(i).oid().equals("2.5.4.3")) {
                return subjectFields.get(i).value();
            }
        }
        return subject;
    }
}
