package dev.latchkey.crypto.trust;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;

/** Whether a name lies in a name-constraint subtree of the same type; null when the type cannot be compared. */
final class GeneralNameMatch {
    private GeneralNameMatch() {
    }

    static Boolean within(GeneralName name, GeneralName base) {
        return compare(name, base, false);
    }

    /** Like {@link #within}, but a wildcard DNS name also matches a subtree it could reach. */
    static Boolean overlaps(GeneralName name, GeneralName base) {
        return compare(name, base, true);
    }

    private static Boolean compare(GeneralName name, GeneralName base, boolean overlap) {
        try {
            return switch (name.getTagNo()) {
                case GeneralName.dNSName -> dns(ia5(name), ia5(base), overlap);
                case GeneralName.rfc822Name -> email(ia5(name), ia5(base));
                case GeneralName.iPAddress -> ip(octets(name), octets(base), overlap);
                case GeneralName.directoryName -> NameKey.of(X500Name.getInstance(name.getName()))
                        .startsWith(NameKey.of(X500Name.getInstance(base.getName())));
                case GeneralName.uniformResourceIdentifier -> uri(ia5(name), ia5(base));
                default -> null;
            };
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean dns(String rawName, String rawBase, boolean overlap) {
        String name = DnsNames.normalize(rawName);
        if (!DnsNames.isValidPresented(name)) {
            // A malformed name cannot be shown to be inside a permitted subtree, and might be inside an excluded one.
            return overlap;
        }
        String base = DnsNames.normalize(rawBase);
        return overlap ? DnsNames.overlaps(name, base) : DnsNames.within(name, base);
    }

    private static boolean email(String name, String base) {
        int at = name.lastIndexOf('@');
        if (at <= 0) {
            return false;
        }
        if (base.indexOf('@') >= 0) {
            int baseAt = base.lastIndexOf('@');
            return name.substring(0, at).equals(base.substring(0, baseAt))
                    && name.substring(at + 1).equalsIgnoreCase(base.substring(baseAt + 1));
        }
        String domain = name.substring(at + 1).toLowerCase(Locale.ROOT);
        String b = base.toLowerCase(Locale.ROOT);
        return b.startsWith(".") ? domain.endsWith(b) : domain.equals(b);
    }

    private static boolean ip(byte[] address, byte[] constraint, boolean overlap) {
        if (address.length != 4 && address.length != 16) {
            return overlap;
        }
        if (address.length * 2 != constraint.length) {
            return false;
        }
        int n = address.length;
        for (int i = 0; i < n; i++) {
            if ((address[i] & constraint[n + i]) != (constraint[i] & constraint[n + i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean uri(String name, String base) {
        String host;
        try {
            host = new URI(name).getHost();
        } catch (URISyntaxException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = DnsNames.normalize(host);
        String b = DnsNames.normalize(base);
        return b.startsWith(".") ? host.endsWith(b) : host.equals(b);
    }

    static boolean isContiguousMask(byte[] constraint) {
        int n = constraint.length / 2;
        boolean zeroSeen = false;
        for (int i = n; i < constraint.length; i++) {
            for (int bit = 7; bit >= 0; bit--) {
                boolean one = (constraint[i] >> bit & 1) == 1;
                if (one && zeroSeen) {
                    return false;
                }
                zeroSeen |= !one;
            }
        }
        return true;
    }

    static String ipText(byte[] octets) {
        try {
            return java.net.InetAddress.getByAddress(octets).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return "(malformed, " + octets.length + " bytes)";
        }
    }

    private static String ia5(GeneralName name) {
        return ASN1IA5String.getInstance(name.getName()).getString();
    }

    private static byte[] octets(GeneralName name) {
        return ASN1OctetString.getInstance(name.getName()).getOctets();
    }
}
