package dev.latchkey.crypto.x509;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.PolicyConstraints;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;

/** Decodes certificate extensions into readable lines; an extension it does not know shows as hex. */
final class ExtensionDescriber {
    private static final Map<ASN1ObjectIdentifier, String> NAMES = Map.ofEntries(
            Map.entry(Extension.basicConstraints, "Basic Constraints"), Map.entry(Extension.keyUsage, "Key Usage"),
            Map.entry(Extension.extendedKeyUsage, "Extended Key Usage"),
            Map.entry(Extension.subjectAlternativeName, "Subject Alternative Name"),
            Map.entry(Extension.issuerAlternativeName, "Issuer Alternative Name"),
            Map.entry(Extension.subjectKeyIdentifier, "Subject Key Identifier"),
            Map.entry(Extension.authorityKeyIdentifier, "Authority Key Identifier"),
            Map.entry(Extension.cRLDistributionPoints, "CRL Distribution Points"),
            Map.entry(Extension.authorityInfoAccess, "Authority Information Access"),
            Map.entry(Extension.subjectInfoAccess, "Subject Information Access"),
            Map.entry(Extension.certificatePolicies, "Certificate Policies"),
            Map.entry(Extension.nameConstraints, "Name Constraints"),
            Map.entry(Extension.policyConstraints, "Policy Constraints"),
            Map.entry(Extension.policyMappings, "Policy Mappings"),
            Map.entry(Extension.inhibitAnyPolicy, "Inhibit Any Policy"),
            Map.entry(Extension.freshestCRL, "Freshest CRL"),
            Map.entry(new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.2"), "Signed Certificate Timestamps"),
            Map.entry(new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.3"), "Certificate Transparency Poison"),
            Map.entry(new ASN1ObjectIdentifier("1.3.6.1.5.5.7.1.24"), "TLS Feature"));

    private ExtensionDescriber() {
    }

    static String name(ASN1ObjectIdentifier oid) {
        return NAMES.getOrDefault(oid, "Extension " + oid.getId());
    }

    static List<String> describe(Extension extension) {
        try {
            return decode(extension.getExtnId(), extension.getParsedValue(), extension.getExtnValue().getOctets());
        } catch (RuntimeException e) {
            return List.of("(cannot be decoded) " + hex(extension.getExtnValue().getOctets()));
        }
    }

    private static List<String> decode(ASN1ObjectIdentifier oid, ASN1Encodable value, byte[] raw) {
        List<String> lines = new ArrayList<>();
        if (oid.equals(Extension.basicConstraints)) {
            BasicConstraints bc = BasicConstraints.getInstance(value);
            lines.add("Certificate Authority: " + (bc.isCA() ? "Yes" : "No"));
            if (bc.getPathLenConstraint() != null) {
                lines.add("Path Length Constraint: " + bc.getPathLenConstraint());
            }
        } else if (oid.equals(Extension.keyUsage)) {
            int mask = org.bouncycastle.asn1.ASN1BitString.getInstance(value).intValue();
            KeyUsageBit.fromMask(mask).forEach(bit -> lines.add(bit.displayName()));
        } else if (oid.equals(Extension.extendedKeyUsage)) {
            for (KeyPurposeId id : ExtendedKeyUsage.getInstance(value).getUsages()) {
                lines.add(KeyPurpose.ofOid(id.getId()).map(KeyPurpose::displayName).orElse(id.getId()));
            }
        } else if (oid.equals(Extension.subjectAlternativeName) || oid.equals(Extension.issuerAlternativeName)) {
            for (GeneralName name : GeneralNames.getInstance(value).getNames()) {
                lines.add(generalName(name));
            }
        } else if (oid.equals(Extension.subjectKeyIdentifier)) {
            lines.add(CertificateDescriber.colonHex(ASN1OctetString.getInstance(value).getOctets()));
        } else if (oid.equals(Extension.authorityKeyIdentifier)) {
            authorityKeyId(AuthorityKeyIdentifier.getInstance(value), lines);
        } else if (oid.equals(Extension.cRLDistributionPoints) || oid.equals(Extension.freshestCRL)) {
            for (DistributionPoint point : CRLDistPoint.getInstance(value).getDistributionPoints()) {
                distributionPoint(point, lines);
            }
        } else if (oid.equals(Extension.authorityInfoAccess) || oid.equals(Extension.subjectInfoAccess)) {
            for (AccessDescription d : AuthorityInformationAccess.getInstance(value).getAccessDescriptions()) {
                lines.add(accessMethod(d.getAccessMethod()) + ": " + generalName(d.getAccessLocation()));
            }
        } else if (oid.equals(Extension.certificatePolicies)) {
            for (PolicyInformation info : CertificatePolicies.getInstance(value).getPolicyInformation()) {
                lines.add("Policy: " + (info.getPolicyIdentifier().getId().equals("2.5.29.32.0") ? "Any Policy"
                        : info.getPolicyIdentifier().getId()));
            }
        } else if (oid.equals(Extension.nameConstraints)) {
            NameConstraints nc = NameConstraints.getInstance(value);
            subtrees("Permitted", nc.getPermittedSubtrees(), lines);
            subtrees("Excluded", nc.getExcludedSubtrees(), lines);
        } else if (oid.equals(Extension.policyConstraints)) {
            PolicyConstraints pc = PolicyConstraints.getInstance(value);
            if (pc.getRequireExplicitPolicyMapping() != null) {
                lines.add("Require Explicit Policy: " + pc.getRequireExplicitPolicyMapping());
            }
            if (pc.getInhibitPolicyMapping() != null) {
                lines.add("Inhibit Policy Mapping: " + pc.getInhibitPolicyMapping());
            }
        } else if (oid.equals(Extension.policyMappings)) {
            for (ASN1Encodable pair : ASN1Sequence.getInstance(value)) {
                ASN1Sequence p = ASN1Sequence.getInstance(pair);
                lines.add(p.getObjectAt(0) + " → " + p.getObjectAt(1));
            }
        } else if (oid.equals(Extension.inhibitAnyPolicy)) {
            lines.add("Skip Certificates: " + ASN1Integer.getInstance(value).getValue());
        } else {
            lines.add(hex(raw));
        }
        return lines;
    }

    private static void authorityKeyId(AuthorityKeyIdentifier aki, List<String> lines) {
        if (aki.getKeyIdentifierOctets() != null) {
            lines.add("Key Identifier: " + CertificateDescriber.colonHex(aki.getKeyIdentifierOctets()));
        }
        if (aki.getAuthorityCertIssuer() != null) {
            for (GeneralName name : aki.getAuthorityCertIssuer().getNames()) {
                lines.add("Issuer: " + generalName(name));
            }
        }
        if (aki.getAuthorityCertSerialNumber() != null) {
            lines.add("Serial Number: " + CertificateDescriber.colonHex(aki.getAuthorityCertSerialNumber().toByteArray()));
        }
    }

    private static void distributionPoint(DistributionPoint point, List<String> lines) {
        DistributionPointName name = point.getDistributionPoint();
        if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
            for (GeneralName g : GeneralNames.getInstance(name.getName()).getNames()) {
                lines.add(generalName(g));
            }
        } else if (name != null) {
            lines.add("Relative Name: " + name.getName());
        }
        if (point.getCRLIssuer() != null) {
            for (GeneralName g : point.getCRLIssuer().getNames()) {
                lines.add("CRL Issuer: " + generalName(g));
            }
        }
    }

    private static void subtrees(String label, GeneralSubtree[] subtrees, List<String> lines) {
        if (subtrees != null) {
            for (GeneralSubtree subtree : subtrees) {
                lines.add(label + ": " + generalName(subtree.getBase()));
            }
        }
    }

    static String generalName(GeneralName name) {
        ASN1Encodable value = name.getName();
        return switch (name.getTagNo()) {
            case GeneralName.dNSName -> "DNS Name: " + ASN1IA5String.getInstance(value).getString();
            case GeneralName.rfc822Name -> "E-mail Address: " + ASN1IA5String.getInstance(value).getString();
            case GeneralName.uniformResourceIdentifier -> "URI: " + ASN1IA5String.getInstance(value).getString();
            case GeneralName.iPAddress -> "IP Address: " + ipText(ASN1OctetString.getInstance(value).getOctets());
            case GeneralName.directoryName -> "Directory Name: " + CertificateDescriber.oneLine(X500Name.getInstance(value));
            case GeneralName.registeredID -> "Registered ID: " + value;
            case GeneralName.otherName -> "Other Name: " + otherName(value);
            default -> "Name of type " + name.getTagNo();
        };
    }

    private static String otherName(ASN1Encodable value) {
        ASN1Sequence seq = ASN1Sequence.getInstance(value);
        ASN1Encodable inner = ASN1TaggedObject.getInstance(seq.getObjectAt(1)).getBaseObject();
        return seq.getObjectAt(0) + " = " + (inner instanceof ASN1String s ? s.getString() : inner.toString());
    }

    private static String ipText(byte[] octets) {
        if (octets.length == 8 || octets.length == 32) {
            int half = octets.length / 2;
            return ipText(java.util.Arrays.copyOf(octets, half)) + "/"
                    + ipText(java.util.Arrays.copyOfRange(octets, half, octets.length));
        }
        try {
            return java.net.InetAddress.getByAddress(octets).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return hex(octets);
        }
    }

    private static String accessMethod(ASN1ObjectIdentifier oid) {
        if (oid.equals(X509ObjectIdentifiers.id_ad_ocsp)) {
            return "OCSP";
        }
        if (oid.equals(X509ObjectIdentifiers.id_ad_caIssuers)) {
            return "CA Issuers";
        }
        return oid.getId();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
