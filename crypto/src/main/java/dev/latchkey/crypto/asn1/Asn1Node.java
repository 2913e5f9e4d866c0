package dev.latchkey.crypto.asn1;

import java.util.List;

/**
 * One TLV of a decoded ASN.1 structure, as the viewer shows it: where it starts, how long its
 * header and content are, its tag, a readable value for primitives, and its children (the
 * elements of a constructed value, or what an OCTET STRING or BIT STRING encapsulates).
 *
 * @param offset       position of the tag byte in {@link Asn1Tree#data()}
 * @param headerLength bytes of tag and length
 * @param length       content bytes, or -1 for a BER indefinite length
 * @param totalLength  every byte of this element, end-of-contents octets included
 * @param depth        0 for a top-level element
 * @param tagClass     universal, application, context-specific or private
 * @param tagNumber    the tag number within its class
 * @param constructed  true for a constructed encoding
 * @param name         "SEQUENCE", "OBJECT IDENTIFIER", "[0]", …
 * @param value        the decoded value of a primitive (an OID with its name, a string, a time), or ""
 * @param encapsulates true when the children were found inside an OCTET STRING or BIT STRING
 * @param children     nested elements, in order
 */
public record Asn1Node(int offset, int headerLength, int length, int totalLength, int depth, TagClass tagClass,
        int tagNumber, boolean constructed, String name, String value, boolean encapsulates, List<Asn1Node> children) {
    public Asn1Node {
        children = List.copyOf(children);
    }

    public boolean indefinite() {
        return length < 0;
    }

    /** The first content byte. */
    public int contentOffset() {
        return offset + headerLength;
    }

    /** One past the last byte. */
    public int end() {
        return offset + totalLength;
    }

    /** The four tag classes of X.690. */
    public enum TagClass {
        UNIVERSAL, APPLICATION, CONTEXT, PRIVATE
    }
}
