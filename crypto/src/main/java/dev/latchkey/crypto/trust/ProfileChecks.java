package dev.latchkey.crypto.trust;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Rules about one certificate on its own: encoding, extension decoding and criticality, and the
 * RFC 5280 profile; under the SSL server policy also the CA/Browser Forum profile (v3, serial
 * numbers, key identifiers, criticality of basic constraints, SAN and EKU), which relaxes one
 * RFC 5280 rule: name constraints may be non-critical.
 */
final class ProfileChecks {
    private static final BigInteger MAX_SERIAL = BigInteger.ONE.shiftLeft(159);

    private ProfileChecks() {
    }

    /** @param grandfathered a system root: its encoding is exempt from the profile rules */
    static void check(CandidatePath path, int i, TrustPolicy policy, boolean grandfathered, Findings findings) {
        CertInfo c = path.get(i);
        encoding(c, i, findings);
        extensions(c, i, findings);
        if (grandfathered) {
            return;
        }
        rfc5280(c, i, findings);
        if (policy.webPki()) {
            webPki(path, c, i, findings);
        } else if (c.ext.has(Extension.nameConstraints) && !c.ext.critical(Extension.nameConstraints)) {
            // RFC 5280 4.2.1.10: CAs MUST mark it critical; the Baseline Requirements allow it not to be (legacy clients).
            findings.add(i, FindingCode.PROFILE_VIOLATION, "The name constraints extension must be marked critical.");
        }
    }

    private static void encoding(CertInfo c, int i, Findings findings) {
        if (!c.structure.getSignatureAlgorithm().equals(c.tbs.getSignature())) {
            findings.add(i, FindingCode.MALFORMED_CERTIFICATE,
                    "The signature algorithm inside the certificate differs from the one outside it.");
        }
        if (c.version() < 1 || c.version() > 3) {
            findings.add(i, FindingCode.MALFORMED_CERTIFICATE, "The certificate has an invalid version number.");
        }
        if (c.version() < 3 && c.tbs.getExtensions() != null) {
            findings.add(i, FindingCode.MALFORMED_CERTIFICATE,
                    "The certificate has extensions but is not version 3.");
        }
    }

    private static void extensions(CertInfo c, int i, Findings findings) {
        c.ext.malformed.forEach((oid, reason) -> findings.add(i, FindingCode.MALFORMED_EXTENSION,
                "The " + ParsedExtensions.describe(oid) + " extension cannot be decoded."));
        for (var entry : c.ext.all.entrySet()) {
            if (entry.getValue().isCritical() && !ParsedExtensions.UNDERSTOOD.contains(entry.getKey())) {
                findings.add(i, FindingCode.UNKNOWN_CRITICAL_EXTENSION, "The critical extension "
                        + entry.getKey().getId() + " is not understood, so the certificate cannot be used.");
            }
        }
    }

    private static void rfc5280(CertInfo c, int i, Findings findings) {
        if (c.issuer.isEmpty()) {
            findings.add(i, FindingCode.PROFILE_VIOLATION, "The certificate's issuer name is empty.");
        }
        if (c.ext.isCa() && c.subject.isEmpty()) {
            findings.add(i, FindingCode.PROFILE_VIOLATION, "The CA certificate's subject name is empty.");
        }
        if (c.subject.isEmpty() && !c.ext.critical(Extension.subjectAlternativeName)) {
            findings.add(i, FindingCode.PROFILE_VIOLATION,
                    "The subject name is empty, so the alternative names must be present and marked critical.");
        }
        if (c.ext.has(Extension.nameConstraints) && !c.ext.isCa()) {
            findings.add(i, FindingCode.PROFILE_VIOLATION, "Only CA certificates may carry name constraints.");
        }
        for (ASN1ObjectIdentifier oid : new ASN1ObjectIdentifier[] {Extension.authorityKeyIdentifier,
                Extension.subjectKeyIdentifier, Extension.authorityInfoAccess}) {
            if (c.ext.critical(oid)) {
                findings.add(i, FindingCode.PROFILE_VIOLATION,
                        "The " + ParsedExtensions.describe(oid) + " extension must not be critical.");
            }
        }
        if (c.ext.keyUsage != null && (c.ext.keyUsage & KeyUsage.keyCertSign) != 0 && !c.ext.isCa()) {
            findings.add(i, FindingCode.PROFILE_VIOLATION,
                    "The key usage allows signing certificates, but the certificate is not a CA.");
        }
    }

    private static void webPki(CandidatePath path, CertInfo c, int i, Findings findings) {
        boolean anchor = path.isAnchor(i);
        if (c.version() != 3 && !anchor) {
            findings.add(i, FindingCode.PROFILE_VIOLATION, "The certificate is not version 3.");
        }
        if (!anchor || i == 0) {
            BigInteger serial = c.tbs.getSerialNumber().getValue();
            if (serial.signum() <= 0 || serial.compareTo(MAX_SERIAL) >= 0) {
                findings.add(i, FindingCode.PROFILE_VIOLATION,
                        "The serial number must be positive and at most 20 bytes long.");
            }
        }
        AuthorityKeyIdentifier aki = c.ext.authorityKeyId;
        if (!c.selfIssued && (aki == null || aki.getKeyIdentifierOctets() == null)) {
            findings.add(i, FindingCode.PROFILE_VIOLATION, "The certificate has no authority key identifier.");
        }
        if (c.ext.isCa()) {
            if (c.ext.subjectKeyId == null) {
                findings.add(i, FindingCode.PROFILE_VIOLATION, "The CA certificate has no subject key identifier.");
            }
            if (!c.ext.critical(Extension.basicConstraints)) {
                findings.add(i, FindingCode.PROFILE_VIOLATION,
                        "The CA certificate's basic constraints must be marked critical.");
            }
        }
        if (anchor && c.selfIssued && aki != null && (aki.getKeyIdentifierOctets() == null || aki.getAuthorityCertIssuer() != null
                || aki.getAuthorityCertSerialNumber() != null
                || !Arrays.equals(aki.getKeyIdentifierOctets(), c.ext.subjectKeyId))) {
            findings.add(i, FindingCode.PROFILE_VIOLATION,
                    "A root's authority key identifier must hold only its own subject key identifier.");
        }
        if (i == 0) {
            if (c.ext.isCa() && !c.ext.hasKeyUsage(KeyUsage.keyCertSign)) {
                findings.add(i, FindingCode.PROFILE_VIOLATION,
                        "The certificate says it is a CA, but its key usage does not allow signing certificates.");
            }
            if (c.ext.critical(Extension.extendedKeyUsage)) {
                findings.add(i, FindingCode.PROFILE_VIOLATION,
                        "A server certificate's extended key usage must not be critical.");
            }
            if (!c.subject.isEmpty() && c.ext.critical(Extension.subjectAlternativeName)) {
                findings.add(i, FindingCode.PROFILE_VIOLATION,
                        "The alternative names must not be critical when the subject name is present.");
            }
        }
    }
}
