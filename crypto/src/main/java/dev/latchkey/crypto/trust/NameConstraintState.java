package dev.latchkey.crypto.trust;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraints;

/**
 * RFC 5280 §6.1.3 (b)-(c) and §6.1.4 (g): the permitted and excluded subtrees collected down a
 * path. Each CA's permitted set is kept apart, so a name must lie in every set of its type
 * (their intersection); it must lie in no excluded subtree.
 */
final class NameConstraintState {
    private final List<GeneralSubtree[]> permitted = new ArrayList<>();
    private final List<GeneralSubtree> excluded = new ArrayList<>();

    /** Adds a CA's constraints; returns a problem with them, or null. */
    String add(NameConstraints constraints) {
        GeneralSubtree[] p = constraints.getPermittedSubtrees();
        GeneralSubtree[] x = constraints.getExcludedSubtrees();
        if ((p == null || p.length == 0) && (x == null || x.length == 0)) {
            return "The name constraints list neither permitted nor excluded names.";
        }
        for (GeneralSubtree[] set : new GeneralSubtree[][] {p, x}) {
            if (set != null) {
                for (GeneralSubtree subtree : set) {
                    String problem = validate(subtree);
                    if (problem != null) {
                        return problem;
                    }
                }
            }
        }
        if (p != null && p.length > 0) {
            permitted.add(p);
        }
        if (x != null) {
            excluded.addAll(List.of(x));
        }
        return null;
    }

    boolean isEmpty() {
        return permitted.isEmpty() && excluded.isEmpty();
    }

    /** Checks the subject and alternative names of {@code cert}; returns the first violation, or null. */
    String check(CertInfo cert) {
        List<GeneralName> names = new ArrayList<>();
        if (!cert.subject.isEmpty()) {
            names.add(new GeneralName(cert.subjectName));
        }
        for (RDN rdn : cert.subjectName.getRDNs(BCStyle.EmailAddress)) {
            for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                if (atv.getType().equals(BCStyle.EmailAddress) && atv.getValue() instanceof ASN1IA5String email) {
                    names.add(new GeneralName(GeneralName.rfc822Name, email.getString()));
                }
            }
        }
        if (cert.ext.subjectAltNames != null) {
            names.addAll(List.of(cert.ext.subjectAltNames.getNames()));
        }
        for (GeneralName name : names) {
            String problem = checkName(name);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private String checkName(GeneralName name) {
        for (GeneralSubtree[] set : permitted) {
            boolean typePresent = false;
            boolean inside = false;
            for (GeneralSubtree subtree : set) {
                if (subtree.getBase().getTagNo() == name.getTagNo()) {
                    typePresent = true;
                    Boolean match = GeneralNameMatch.within(name, subtree.getBase());
                    if (match == null) {
                        return describe(name) + " cannot be checked against the CA's name constraints.";
                    }
                    inside |= match;
                }
            }
            if (typePresent && !inside) {
                return describe(name) + " is not among the names an issuing CA may certify.";
            }
        }
        for (GeneralSubtree subtree : excluded) {
            if (subtree.getBase().getTagNo() == name.getTagNo()) {
                Boolean match = GeneralNameMatch.overlaps(name, subtree.getBase());
                if (match == null || match) {
                    return describe(name) + " is excluded by an issuing CA's name constraints.";
                }
            }
        }
        return null;
    }

    private static String validate(GeneralSubtree subtree) {
        if (subtree.getMinimum() != null && subtree.getMinimum().signum() != 0 || subtree.getMaximum() != null) {
            return "The name constraints use minimum or maximum values, which RFC 5280 forbids.";
        }
        GeneralName base = subtree.getBase();
        switch (base.getTagNo()) {
            case GeneralName.dNSName -> {
                if (!DnsNames.isValidConstraint(DnsNames.normalize(ASN1IA5String.getInstance(base.getName()).getString()))) {
                    return "The name constraint \"" + ASN1IA5String.getInstance(base.getName()).getString()
                            + "\" is not a valid DNS name.";
                }
            }
            case GeneralName.iPAddress -> {
                byte[] octets = ASN1OctetString.getInstance(base.getName()).getOctets();
                if ((octets.length != 8 && octets.length != 32) || !GeneralNameMatch.isContiguousMask(octets)) {
                    return "An IP address name constraint is not an address with a network mask.";
                }
            }
            default -> {
            }
        }
        return null;
    }

    static String describe(GeneralName name) {
        return switch (name.getTagNo()) {
            case GeneralName.dNSName -> "The DNS name \"" + ASN1IA5String.getInstance(name.getName()).getString() + "\"";
            case GeneralName.rfc822Name -> "The e-mail address \"" + ASN1IA5String.getInstance(name.getName()).getString() + "\"";
            case GeneralName.uniformResourceIdentifier -> "The URI \"" + ASN1IA5String.getInstance(name.getName()).getString() + "\"";
            case GeneralName.iPAddress -> "The IP address " + GeneralNameMatch.ipText(
                    ASN1OctetString.getInstance(name.getName()).getOctets());
            case GeneralName.directoryName -> "The name \"" + X500Name.getInstance(name.getName()) + "\"";
            default -> "A name of type " + name.getTagNo();
        };
    }
}
