package dev.latchkey.crypto.trust;

import dev.latchkey.crypto.x509.AltName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.util.IPAddress;

/**
 * Host names (RFC 6125 with the CA/Browser Forum's wildcard rules; the common name is never a
 * host name) and e-mail addresses against the leaf certificate.
 */
final class NameMatcher {
    private NameMatcher() {
    }

    static void check(CandidatePath path, TrustPolicy policy, Findings findings) {
        if (policy.name() == null) {
            return;
        }
        CertInfo leaf = path.get(0);
        if (policy.kind() == PolicyKind.SSL_SERVER) {
            host(leaf, policy.name(), findings);
        } else if (policy.kind() == PolicyKind.SMIME) {
            email(leaf, policy.name(), findings);
        }
    }

    private static void host(CertInfo leaf, String reference, Findings findings) {
        List<String> dns = new ArrayList<>();
        List<byte[]> ips = new ArrayList<>();
        if (leaf.ext.subjectAltNames != null) {
            for (GeneralName name : leaf.ext.subjectAltNames.getNames()) {
                if (name.getTagNo() == GeneralName.dNSName) {
                    dns.add(ASN1IA5String.getInstance(name.getName()).getString());
                } else if (name.getTagNo() == GeneralName.iPAddress) {
                    ips.add(ASN1OctetString.getInstance(name.getName()).getOctets());
                }
            }
        }
        if (dns.isEmpty() && ips.isEmpty()) {
            findings.add(0, FindingCode.NO_SUBJECT_ALT_NAME, "The certificate names no DNS names or IP addresses "
                    + "in its alternative names (the common name is not used as a host name).");
            return;
        }
        boolean matched;
        if (AltName.isIpLiteral(reference)) {
            byte[] wanted = ipBytes(reference);
            matched = ips.stream().anyMatch(ip -> Arrays.equals(ip, wanted));
        } else {
            String host = DnsNames.normalize(reference);
            matched = dns.stream().anyMatch(presented -> hostMatches(DnsNames.normalize(presented), host));
        }
        if (!matched) {
            findings.add(0, FindingCode.HOST_NAME_MISMATCH, "The certificate is not valid for \"" + reference
                    + "\"; it names " + describe(dns, ips) + ".");
        }
    }

    /** RFC 6125 §6.4: exact match, or "*." as the whole leftmost label matching exactly one label. */
    static boolean hostMatches(String presented, String reference) {
        if (!DnsNames.isValidPresented(presented) || !isAscii(presented) || reference.isEmpty()) {
            return false;
        }
        if (!presented.startsWith("*.")) {
            return presented.equals(reference);
        }
        String base = presented.substring(2);
        // "*.com" would cover a whole top-level domain: at least two labels must follow the wildcard.
        if (base.indexOf('.') < 0) {
            return false;
        }
        int dot = reference.indexOf('.');
        return dot > 0 && reference.substring(dot + 1).equals(base);
    }

    private static void email(CertInfo leaf, String reference, Findings findings) {
        List<String> addresses = new ArrayList<>();
        if (leaf.ext.subjectAltNames != null) {
            for (GeneralName name : leaf.ext.subjectAltNames.getNames()) {
                if (name.getTagNo() == GeneralName.rfc822Name) {
                    addresses.add(ASN1IA5String.getInstance(name.getName()).getString());
                }
            }
        }
        if (addresses.isEmpty()) {
            for (RDN rdn : leaf.subjectName.getRDNs(BCStyle.EmailAddress)) {
                for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                    if (atv.getType().equals(BCStyle.EmailAddress) && atv.getValue() instanceof ASN1IA5String s) {
                        addresses.add(s.getString());
                    }
                }
            }
        }
        String wanted = reference.toLowerCase(Locale.ROOT);
        if (addresses.stream().noneMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted))) {
            findings.add(0, FindingCode.EMAIL_MISMATCH, addresses.isEmpty()
                    ? "The certificate names no e-mail address."
                    : "The certificate is not valid for " + reference + "; it names " + String.join(", ", addresses) + ".");
        }
    }

    private static String describe(List<String> dns, List<byte[]> ips) {
        List<String> all = new ArrayList<>(dns);
        ips.forEach(ip -> all.add(GeneralNameMatch.ipText(ip)));
        return all.size() > 5 ? String.join(", ", all.subList(0, 5)) + " and " + (all.size() - 5) + " more"
                : String.join(", ", all);
    }

    private static byte[] ipBytes(String literal) {
        String v = literal.startsWith("[") ? literal.substring(1, literal.length() - 1) : literal;
        if (!IPAddress.isValidIPv4(v) && !IPAddress.isValidIPv6(v)) {
            return new byte[0];
        }
        try {
            // A validated literal never triggers a DNS lookup.
            return java.net.InetAddress.getByName(v).getAddress();
        } catch (java.net.UnknownHostException e) {
            return new byte[0];
        }
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(ch -> ch < 0x80);
    }
}
