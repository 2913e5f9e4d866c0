package dev.latchkey.crypto.asn1;

import dev.latchkey.crypto.asn1.Asn1Node.TagClass;
import java.io.IOException;
import java.math.BigInteger;
import java.text.ParseException;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1RelativeOID;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1UTCTime;

/** Tag names and readable values of primitive elements, each value decoded by Bouncy Castle. */
final class Asn1Values {
    private static final int MAX_HEX_BYTES = 32;
    private static final int MAX_TEXT = 160;
    private static final String[] UNIVERSAL = {"EOC", "BOOLEAN", "INTEGER", "BIT STRING", "OCTET STRING", "NULL",
        "OBJECT IDENTIFIER", "ObjectDescriptor", "EXTERNAL", "REAL", "ENUMERATED", "EMBEDDED PDV", "UTF8String",
        "RELATIVE-OID", "TIME", "[UNIVERSAL 15]", "SEQUENCE", "SET", "NumericString", "PrintableString",
        "T61String", "VideotexString", "IA5String", "UTCTime", "GeneralizedTime", "GraphicString", "VisibleString",
        "GeneralString", "UniversalString", "CHARACTER STRING", "BMPString"};

    private Asn1Values() {
    }

    static String tagName(TagClass tagClass, int number) {
        return switch (tagClass) {
            case UNIVERSAL -> number < UNIVERSAL.length ? UNIVERSAL[number] : "[UNIVERSAL " + number + "]";
            case APPLICATION -> "[APPLICATION " + number + "]";
            case CONTEXT -> "[" + number + "]";
            case PRIVATE -> "[PRIVATE " + number + "]";
        };
    }

    static String encapsulatingValue(int tagNumber, int length) {
        return "encapsulates " + (tagNumber == 3 ? "(" + (length - 1) + " bytes)" : "(" + length + " bytes)");
    }

    /** The value of the primitive element in {@code data[offset, end)}; "(…)" when it does not decode. */
    static String describe(TagClass tagClass, int tagNumber, byte[] data, int offset, int end, int contentStart) {
        if (tagClass != TagClass.UNIVERSAL) {
            return hex(data, contentStart, end);
        }
        ASN1Primitive p;
        try {
            p = ASN1Primitive.fromByteArray(Arrays.copyOfRange(data, offset, end));
        } catch (IOException | RuntimeException e) {
            return "(not a valid " + tagName(tagClass, tagNumber) + ")";
        }
        try {
            return value(p, data, contentStart, end);
        } catch (RuntimeException | ParseException e) {
            return "(not a valid " + tagName(tagClass, tagNumber) + ")";
        }
    }

    private static String value(ASN1Primitive p, byte[] data, int contentStart, int end) throws ParseException {
        if (p instanceof ASN1ObjectIdentifier oid) {
            return OidNames.name(oid.getId()).map(n -> oid.getId() + " (" + n + ")").orElse(oid.getId());
        }
        if (p instanceof ASN1RelativeOID oid) {
            return oid.getId();
        }
        if (p instanceof ASN1Boolean b) {
            return b.isTrue() ? "TRUE" : "FALSE";
        }
        if (p instanceof ASN1Integer i) {
            return integer(i.getValue());
        }
        if (p instanceof ASN1Enumerated e) {
            return integer(e.getValue());
        }
        if (p instanceof ASN1UTCTime t) {
            return t.getAdjustedDate().toInstant() + " (" + ascii(data, contentStart, end) + ")";
        }
        if (p instanceof ASN1GeneralizedTime t) {
            return t.getDate().toInstant() + " (" + ascii(data, contentStart, end) + ")";
        }
        if (p instanceof ASN1BitString bits) {
            return (bits.getPadBits() == 0 ? "" : bits.getPadBits() + " unused bits, ")
                    + hex(bits.getBytes(), 0, bits.getBytes().length);
        }
        if (p instanceof ASN1OctetString) {
            return hex(data, contentStart, end);
        }
        if (p instanceof ASN1String s) {
            return text(s.getString());
        }
        return contentStart == end ? "" : hex(data, contentStart, end);
    }

    private static String ascii(byte[] data, int from, int to) {
        return text(new String(data, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static String integer(BigInteger value) {
        return value.bitLength() <= 64 ? value.toString()
                : "0x" + value.toString(16).toUpperCase(java.util.Locale.ROOT) + " (" + value.bitLength() + " bits)";
    }

    private static String text(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(MAX_TEXT).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '.' : c));
        return s.codePointCount(0, s.length()) > MAX_TEXT ? out + "…" : out.toString();
    }

    static String hex(byte[] data, int from, int to) {
        int shown = Math.min(to - from, MAX_HEX_BYTES);
        String hex = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(data, from, from + shown);
        return to - from > shown ? hex + " … (" + (to - from) + " bytes)" : hex;
    }
}
