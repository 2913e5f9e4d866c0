package dev.latchkey.crypto.trust;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * A distinguished name in the canonical form RFC 5280 §7.1 compares: string attribute values
 * case-folded with inner white space collapsed, whatever their string type (so a PrintableString
 * issuer matches a UTF8String subject), multi-valued RDNs in a fixed order.
 */
record NameKey(List<String> rdns) {
    NameKey {
        rdns = List.copyOf(rdns);
    }

    static NameKey of(X500Name name) {
        List<String> rdns = new ArrayList<>();
        for (RDN rdn : name.getRDNs()) {
            rdns.add(canonical(rdn));
        }
        return new NameKey(rdns);
    }

    boolean isEmpty() {
        return rdns.isEmpty();
    }

    /** True when {@code prefix}'s RDNs begin this name (directoryName constraints). */
    boolean startsWith(NameKey prefix) {
        return prefix.rdns.size() <= rdns.size() && rdns.subList(0, prefix.rdns.size()).equals(prefix.rdns);
    }

    static String canonical(RDN rdn) {
        List<String> parts = new ArrayList<>();
        for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
            parts.add(atv.getType().getId() + "=" + canonicalValue(atv.getValue()));
        }
        parts.sort(null);
        return String.join("+", parts);
    }

    static String canonicalValue(ASN1Encodable value) {
        if (value instanceof ASN1String s && !(value instanceof org.bouncycastle.asn1.ASN1BitString)) {
            return s.getString().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
        try {
            return "#" + HexFormat.of().formatHex(value.toASN1Primitive().getEncoded());
        } catch (java.io.IOException e) {
            return "#?";
        }
    }
}
