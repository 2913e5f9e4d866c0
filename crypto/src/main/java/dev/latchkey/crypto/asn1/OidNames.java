package dev.latchkey.crypto.asn1;

import dev.latchkey.crypto.x509.CertificateDescriber;
import dev.latchkey.crypto.x509.KeyPurpose;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;

/**
 * Names for object identifiers: algorithms and curves from Bouncy Castle's tables, name
 * attributes from BC's X.500 style, certificate extensions and key purposes from Latchkey's
 * own certificate describer, and the CMS and PKCS#9 identifiers a signed or encrypted message holds.
 */
public final class OidNames {
    private static final DefaultAlgorithmNameFinder ALGORITHMS = new DefaultAlgorithmNameFinder();
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("1.2.840.113549.1.7.1", "data"), Map.entry("1.2.840.113549.1.7.2", "signedData"),
            Map.entry("1.2.840.113549.1.7.3", "envelopedData"), Map.entry("1.2.840.113549.1.7.5", "digestedData"),
            Map.entry("1.2.840.113549.1.7.6", "encryptedData"),
            Map.entry("1.2.840.113549.1.9.16.1.23", "authEnvelopedData"),
            Map.entry("1.2.840.113549.1.9.16.1.4", "tSTInfo"),
            Map.entry("1.2.840.113549.1.9.1", "emailAddress"), Map.entry("1.2.840.113549.1.9.3", "contentType"),
            Map.entry("1.2.840.113549.1.9.4", "messageDigest"), Map.entry("1.2.840.113549.1.9.5", "signingTime"),
            Map.entry("1.2.840.113549.1.9.7", "challengePassword"),
            Map.entry("1.2.840.113549.1.9.14", "extensionRequest"),
            Map.entry("1.2.840.113549.1.9.15", "smimeCapabilities"),
            Map.entry("1.2.840.113549.1.9.20", "friendlyName"), Map.entry("1.2.840.113549.1.9.21", "localKeyID"),
            Map.entry("1.2.840.113549.1.9.52", "cmsAlgorithmProtection"),
            Map.entry("1.2.840.113549.1.9.16.2.12", "signingCertificate"),
            Map.entry("1.2.840.113549.1.9.16.2.47", "signingCertificateV2"),
            Map.entry("1.2.840.113549.1.9.16.2.14", "timeStampToken"),
            Map.entry("1.2.840.113549.1.9.16.3.9", "ECDH-ES + SHA-1 KDF (dhSinglePass-stdDH-sha1kdf)"),
            Map.entry("1.3.132.1.11.1", "ECDH + SHA-256 KDF (dhSinglePass-stdDH-sha256kdf)"),
            Map.entry("1.2.840.113549.1.12.10.1.1", "keyBag"),
            Map.entry("1.2.840.113549.1.12.10.1.2", "pkcs8ShroudedKeyBag"),
            Map.entry("1.2.840.113549.1.12.10.1.3", "certBag"), Map.entry("1.2.840.113549.1.12.10.1.4", "crlBag"),
            Map.entry("1.2.840.113549.1.9.22.1", "x509Certificate"),
            Map.entry("1.2.840.113549.1.5.13", "PBES2"), Map.entry("1.2.840.113549.1.5.12", "PBKDF2"),
            Map.entry("1.3.6.1.5.5.7.48.1", "OCSP"), Map.entry("1.3.6.1.5.5.7.48.2", "CA Issuers"),
            Map.entry("1.3.6.1.5.5.7.2.1", "CPS"), Map.entry("1.3.6.1.5.5.7.2.2", "User Notice"),
            Map.entry("2.5.29.32.0", "Any Policy"));

    private OidNames() {
    }

    /** A readable name for {@code oid}, when Latchkey or Bouncy Castle knows one. */
    public static Optional<String> name(String oid) {
        String known = MESSAGES.get(oid);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> certificate = KeyPurpose.ofOid(oid).map(KeyPurpose::displayName)
                .or(() -> CertificateDescriber.extensionName(oid));
        if (certificate.isPresent()) {
            return certificate;
        }
        ASN1ObjectIdentifier id;
        try {
            id = new ASN1ObjectIdentifier(oid);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String attribute = BCStyle.INSTANCE.oidToDisplayName(id);
        if (attribute != null) {
            return Optional.of(attribute);
        }
        String curve = ECNamedCurveTable.getName(id);
        if (curve != null) {
            return Optional.of(curve);
        }
        return ALGORITHMS.hasAlgorithmName(id) ? Optional.of(ALGORITHMS.getAlgorithmName(id)) : Optional.empty();
    }
}
