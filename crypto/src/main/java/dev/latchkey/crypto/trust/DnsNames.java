package dev.latchkey.crypto.trust;

import java.util.Locale;

/** Syntax and subtree matching of DNS names (RFC 1034 "preferred name syntax", with a leading wildcard label). */
final class DnsNames {
    private DnsNames() {
    }

    static String normalize(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** A host name as presented in a certificate: letters, digits, hyphens, underscores, and "*" as the whole leftmost label. */
    static boolean isValidPresented(String name) {
        if (name.isEmpty() || name.length() > 253) {
            return false;
        }
        String[] labels = name.split("\\.", -1);
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            if (i == 0 && label.equals("*") && labels.length > 1) {
                continue;
            }
            if (!isValidLabel(label)) {
                return false;
            }
        }
        return true;
    }

    /** A name constraint: a domain, a leading dot meaning "only below it", or empty meaning everything. */
    static boolean isValidConstraint(String constraint) {
        if (constraint.isEmpty()) {
            return true;
        }
        String domain = constraint.startsWith(".") ? constraint.substring(1) : constraint;
        if (domain.isEmpty()) {
            return false;
        }
        for (String label : domain.split("\\.", -1)) {
            if (!isValidLabel(label)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isValidLabel(String label) {
        if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char ch = label.charAt(i);
            boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                    || ch == '-' || ch == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code name} lies in the subtree {@code constraint} (both normalized). */
    static boolean within(String name, String constraint) {
        if (constraint.isEmpty()) {
            return true;
        }
        if (constraint.startsWith(".")) {
            return name.endsWith(constraint) && name.length() > constraint.length();
        }
        return name.equals(constraint) || name.endsWith("." + constraint);
    }

    /** True when some name covered by {@code name} (which may be a wildcard) lies in {@code constraint}. */
    static boolean overlaps(String name, String constraint) {
        if (within(name, constraint)) {
            return true;
        }
        if (name.startsWith("*.")) {
            String base = name.substring(2);
            String domain = constraint.startsWith(".") ? constraint.substring(1) : constraint;
            return domain.endsWith("." + base) && domain.indexOf('.') == domain.length() - base.length() - 1;
        }
        return false;
    }
}
