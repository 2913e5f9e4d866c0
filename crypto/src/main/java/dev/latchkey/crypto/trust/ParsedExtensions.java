package dev.latchkey.crypto.trust;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.PolicyConstraints;
import org.bouncycastle.asn1.x509.PolicyMappings;

/**
 * The extensions of one certificate, decoded once. A value that does not decode is recorded in
 * {@link #malformed} (and its field stays null) so the evaluator can say which one was bad.
 */
final class ParsedExtensions {
    /** Extensions this evaluator understands; any other critical extension fails the path. */
    static final List<ASN1ObjectIdentifier> UNDERSTOOD = List.of(Extension.basicConstraints, Extension.keyUsage,
            Extension.extendedKeyUsage, Extension.subjectAlternativeName, Extension.issuerAlternativeName,
            Extension.nameConstraints, Extension.certificatePolicies, Extension.policyMappings,
            Extension.policyConstraints, Extension.inhibitAnyPolicy, Extension.authorityKeyIdentifier,
            Extension.subjectKeyIdentifier, Extension.cRLDistributionPoints, Extension.freshestCRL,
            Extension.authorityInfoAccess, Extension.subjectInfoAccess, Extension.subjectDirectoryAttributes,
            Extension.privateKeyUsagePeriod);

    final Map<ASN1ObjectIdentifier, Extension> all = new LinkedHashMap<>();
    final Map<ASN1ObjectIdentifier, String> malformed = new LinkedHashMap<>();
    BasicConstraints basicConstraints;
    Integer keyUsage;
    List<ASN1ObjectIdentifier> extendedKeyUsage;
    GeneralNames subjectAltNames;
    NameConstraints nameConstraints;
    CertificatePolicies policies;
    PolicyMappings policyMappings;
    PolicyConstraints policyConstraints;
    Integer inhibitAnyPolicy;
    AuthorityKeyIdentifier authorityKeyId;
    byte[] subjectKeyId;
    CRLDistPoint crlDistributionPoints;

    ParsedExtensions(Extensions extensions) {
        if (extensions == null) {
            return;
        }
        for (ASN1ObjectIdentifier oid : extensions.getExtensionOIDs()) {
            Extension extension = extensions.getExtension(oid);
            all.put(oid, extension);
            try {
                decode(oid, ASN1Primitive.fromByteArray(extension.getExtnValue().getOctets()));
            } catch (IOException | RuntimeException e) {
                malformed.put(oid, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
    }

    boolean has(ASN1ObjectIdentifier oid) {
        return all.containsKey(oid);
    }

    boolean critical(ASN1ObjectIdentifier oid) {
        Extension e = all.get(oid);
        return e != null && e.isCritical();
    }

    boolean isCa() {
        return basicConstraints != null && basicConstraints.isCA();
    }

    /** The pathLenConstraint, or null for none. */
    Integer pathLength() {
        if (basicConstraints == null || basicConstraints.getPathLenConstraint() == null) {
            return null;
        }
        return basicConstraints.getPathLenConstraint().intValueExact();
    }

    boolean hasKeyUsage(int mask) {
        return keyUsage == null || (keyUsage & mask) != 0;
    }

    private void decode(ASN1ObjectIdentifier oid, ASN1Primitive value) {
        if (oid.equals(Extension.basicConstraints)) {
            basicConstraints = BasicConstraints.getInstance(value);
            if (basicConstraints.getPathLenConstraint() != null && basicConstraints.getPathLenConstraint().signum() < 0) {
                throw new IllegalArgumentException("negative path length");
            }
        } else if (oid.equals(Extension.keyUsage)) {
            keyUsage = org.bouncycastle.asn1.ASN1BitString.getInstance(value).intValue();
        } else if (oid.equals(Extension.extendedKeyUsage)) {
            KeyPurposeId[] ids = ExtendedKeyUsage.getInstance(value).getUsages();
            if (ids.length == 0) {
                throw new IllegalArgumentException("empty extended key usage");
            }
            extendedKeyUsage = java.util.Arrays.stream(ids).map(KeyPurposeId::toOID).toList();
        } else if (oid.equals(Extension.subjectAlternativeName)) {
            subjectAltNames = GeneralNames.getInstance(value);
            if (subjectAltNames.getNames().length == 0) {
                throw new IllegalArgumentException("empty subject alternative name");
            }
        } else if (oid.equals(Extension.nameConstraints)) {
            nameConstraints = NameConstraints.getInstance(value);
        } else if (oid.equals(Extension.certificatePolicies)) {
            policies = CertificatePolicies.getInstance(value);
        } else if (oid.equals(Extension.policyMappings)) {
            policyMappings = PolicyMappings.getInstance(value);
        } else if (oid.equals(Extension.policyConstraints)) {
            policyConstraints = PolicyConstraints.getInstance(value);
        } else if (oid.equals(Extension.inhibitAnyPolicy)) {
            inhibitAnyPolicy = ASN1Integer.getInstance(value).intValueExact();
        } else if (oid.equals(Extension.authorityKeyIdentifier)) {
            authorityKeyId = AuthorityKeyIdentifier.getInstance(value);
        } else if (oid.equals(Extension.subjectKeyIdentifier)) {
            subjectKeyId = ASN1OctetString.getInstance(value).getOctets();
        } else if (oid.equals(Extension.cRLDistributionPoints)) {
            crlDistributionPoints = CRLDistPoint.getInstance(value);
        } else if (oid.equals(Extension.authorityInfoAccess) || oid.equals(Extension.subjectInfoAccess)) {
            if (ASN1Sequence.getInstance(value).size() == 0) {
                throw new IllegalArgumentException("no access descriptions");
            }
            AuthorityInformationAccess.getInstance(value);
        }
    }

    /** A short readable name for an extension, for findings. */
    static String describe(ASN1ObjectIdentifier oid) {
        return NAMES.getOrDefault(oid, oid.getId());
    }

    private static final Map<ASN1ObjectIdentifier, String> NAMES = Map.of(
            Extension.basicConstraints, "basic constraints",
            Extension.keyUsage, "key usage",
            Extension.extendedKeyUsage, "extended key usage",
            Extension.subjectAlternativeName, "subject alternative name",
            Extension.nameConstraints, "name constraints",
            Extension.certificatePolicies, "certificate policies",
            Extension.authorityKeyIdentifier, "authority key identifier",
            Extension.subjectKeyIdentifier, "subject key identifier",
            Extension.authorityInfoAccess, "authority information access",
            Extension.cRLDistributionPoints, "CRL distribution points");
}
