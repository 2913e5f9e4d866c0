package dev.latchkey.model.autofill;

import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Host-name forms: ASCII (punycode) lower case, and canonical IP address literals. */
final class HostNames {
    private static final Pattern IPV4 = Pattern.compile(
            "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private HostNames() {
    }

    /**
     * The host in comparable form: IPv4 as written, IPv6 in its canonical compressed form
     * (without brackets), names in lower-case ASCII without a trailing dot; null if malformed.
     */
    static String toAscii(String host) {
        String h = host.strip();
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.indexOf(':') >= 0) {
            return canonicalIpv6(h);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (IPV4.matcher(h).matches()) {
            return h;
        }
        if (h.isEmpty()) {
            return "";
        }
        try {
            return IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isIpAddress(String asciiHost) {
        return asciiHost.indexOf(':') >= 0 || IPV4.matcher(asciiHost).matches();
    }

    private static String canonicalIpv6(String literal) {
        if (!literal.matches("[0-9A-Fa-f:.%\\w]+")) {
            return null;
        }
        try {
            // Brackets make InetAddress treat it as a literal: no name lookup can happen.
            String text = InetAddress.getByName("[" + literal + "]").getHostAddress();
            return compress(text.toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Java writes IPv6 without "::" compression; compress the longest run of zero groups. */
    private static String compress(String full) {
        String address = full;
        String zone = "";
        int percent = full.indexOf('%');
        if (percent >= 0) {
            address = full.substring(0, percent);
            zone = full.substring(percent);
        }
        if (address.indexOf('.') >= 0) {
            return address + zone;
        }
        String[] groups = address.split(":");
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < groups.length; ) {
            if (groups[i].equals("0")) {
                int j = i;
                while (j < groups.length && groups[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLength) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestLength < 2) {
            return address + zone;
        }
        String left = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String right = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return left + "::" + right + zone;
    }
}
