package dev.latchkey.crypto.asn1;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.asn1.Asn1Node.TagClass;
import dev.latchkey.crypto.asn1.Asn1Tree.Asn1Error;
import dev.latchkey.crypto.pem.PemBlock;
import dev.latchkey.crypto.pem.PemReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes DER, BER (indefinite lengths included) and PEM into a tree of {@link Asn1Node}s for
 * the ASN.1 viewer. It walks the tag and length headers itself, because a viewer needs every
 * element's offset and must stop at the exact byte where malformed data goes wrong, which no
 * Bouncy Castle parser reports; every value is decoded by Bouncy Castle ({@link Asn1Values}).
 * Malformed input never throws: the tree holds what was decoded up to the error and says where
 * and why it stopped (docs/decisions/0013-crypto-services.md).
 */
public final class Asn1Decoder {
    /** Deeper nesting than any real structure: a guard against stack exhaustion. */
    static final int MAX_DEPTH = 100;

    private final byte[] data;

    private Asn1Decoder(byte[] data) {
        this.data = data;
    }

    /** Decodes a file's bytes: a PEM text (its first block) or binary DER/BER. */
    public static Asn1Tree decode(byte[] input) {
        if (PemReader.containsPem(input)) {
            PemBlock block;
            try {
                block = PemReader.readAll(input).get(0);
            } catch (DecodeException e) {
                return new Asn1Tree(input, Optional.empty(), List.of(), Optional.of(new Asn1Error(0, e.getMessage())));
            }
            return new Asn1Decoder(block.der()).decodeAll(Optional.of(block.label()));
        }
        return new Asn1Decoder(input).decodeAll(Optional.empty());
    }

    private Asn1Tree decodeAll(Optional<String> pemLabel) {
        List<Asn1Node> roots = new ArrayList<>();
        if (data.length == 0) {
            return new Asn1Tree(data, pemLabel, roots, Optional.of(new Asn1Error(0, "The data is empty.")));
        }
        try {
            elements(0, data.length, 0, roots, false);
            return new Asn1Tree(data, pemLabel, roots, Optional.empty());
        } catch (Malformed e) {
            return new Asn1Tree(data, pemLabel, roots, Optional.of(new Asn1Error(e.offset, e.getMessage())));
        }
    }

    /**
     * Decodes elements from {@code start} to {@code end} (or, when {@code untilEndOfContents},
     * up to the end-of-contents octets, whose position it returns past), adding each to {@code out}.
     */
    private int elements(int start, int end, int depth, List<Asn1Node> out, boolean untilEndOfContents)
            throws Malformed {
        int pos = start;
        while (pos < end) {
            if (untilEndOfContents && data[pos] == 0) {
                if (pos + 1 >= end || data[pos + 1] != 0) {
                    throw new Malformed(pos, "The end-of-contents octets are malformed.");
                }
                return pos + 2;
            }
            pos = element(pos, end, depth, out);
        }
        if (untilEndOfContents) {
            throw new Malformed(end, "The indefinite-length element has no end-of-contents octets.");
        }
        return pos;
    }

    /** Decodes the element at {@code pos}, adds it to {@code out} (partly, when it is malformed) and returns its end. */
    private int element(int pos, int limit, int depth, List<Asn1Node> out) throws Malformed {
        if (depth >= MAX_DEPTH) {
            throw new Malformed(pos, "The data is nested more than " + MAX_DEPTH + " levels deep.");
        }
        Header h = header(pos, limit);
        String name = Asn1Values.tagName(h.tagClass, h.tagNumber);
        List<Asn1Node> children = new ArrayList<>();
        int contentStart = pos + h.headerLength;
        if (h.cutOff) {
            return cutOff(h, pos, limit, depth, name, children, out);
        }
        if (h.constructed) {
            int end;
            try {
                end = h.length < 0 ? elements(contentStart, limit, depth + 1, children, true)
                        : elements(contentStart, contentStart + h.length, depth + 1, children, false);
            } catch (Malformed e) {
                int sofar = (h.length < 0 ? e.offset : contentStart + h.length) - pos;
                out.add(new Asn1Node(pos, h.headerLength, h.length, sofar, depth, h.tagClass, h.tagNumber, true, name,
                        "", false, children));
                throw e;
            }
            out.add(new Asn1Node(pos, h.headerLength, h.length, end - pos, depth, h.tagClass, h.tagNumber, true, name,
                    "", false, children));
            return end;
        }
        int end = contentStart + h.length;
        boolean encapsulates = encapsulated(h, contentStart, end, depth, children);
        String value = encapsulates ? Asn1Values.encapsulatingValue(h.tagNumber, end - contentStart)
                : Asn1Values.describe(h.tagClass, h.tagNumber, data, pos, end, contentStart);
        out.add(new Asn1Node(pos, h.headerLength, h.length, end - pos, depth, h.tagClass, h.tagNumber, false, name,
                value, encapsulates, children));
        return end;
    }

    /**
     * An element whose length runs past the data it is in (a truncated file): what there is of
     * it is shown, and decoding stops where the data ends.
     */
    private int cutOff(Header h, int pos, int limit, int depth, String name, List<Asn1Node> children,
            List<Asn1Node> out) throws Malformed {
        int contentStart = pos + h.headerLength;
        Malformed stop = new Malformed(limit, "The " + name + " at offset " + pos + " is cut off: its length is "
                + h.length + " but only " + (limit - contentStart) + " bytes follow.");
        String value = "";
        if (h.constructed) {
            try {
                elements(contentStart, limit, depth + 1, children, false);
            } catch (Malformed inner) {
                stop = inner;
            }
        } else {
            value = Asn1Values.hex(data, contentStart, limit);
        }
        out.add(new Asn1Node(pos, h.headerLength, h.length, limit - pos, depth, h.tagClass, h.tagNumber,
                h.constructed, name, value, false, children));
        throw stop;
    }

    /**
     * An OCTET STRING or BIT STRING whose content is itself complete DER/BER (an extension's
     * value, a public key) shows it as children; anything else stays a plain value.
     */
    private boolean encapsulated(Header h, int contentStart, int end, int depth, List<Asn1Node> children) {
        if (h.tagClass != TagClass.UNIVERSAL || h.tagNumber != 3 && h.tagNumber != 4) {
            return false;
        }
        int start = contentStart;
        if (h.tagNumber == 3) {
            if (end - contentStart < 2 || data[contentStart] != 0) {
                return false;
            }
            start++;
        }
        if (end - start < 2) {
            return false;
        }
        List<Asn1Node> inner = new ArrayList<>();
        try {
            elements(start, end, depth + 1, inner, false);
        } catch (Malformed e) {
            return false;
        }
        // A lone primitive that happens to fit is more likely chance than structure, unless the
        // bytes decode as a well-formed value of their type (an OCTET STRING key identifier).
        boolean plausible = inner.stream().anyMatch(n -> n.constructed() || n.tagClass() == TagClass.UNIVERSAL
                && (n.tagNumber() == 4 || n.tagNumber() == 2 || n.tagNumber() == 6) && !n.value().startsWith("("));
        if (!plausible) {
            return false;
        }
        children.addAll(inner);
        return true;
    }

    private Header header(int pos, int limit) throws Malformed {
        int p = pos;
        int first = data[p++] & 0xff;
        TagClass tagClass = TagClass.values()[first >> 6];
        boolean constructed = (first & 0x20) != 0;
        int tagNumber = first & 0x1f;
        if (tagNumber == 0x1f) {
            tagNumber = 0;
            int b;
            int count = 0;
            do {
                if (p >= limit) {
                    throw new Malformed(pos, "The tag is cut off.");
                }
                b = data[p++] & 0xff;
                if (++count > 4) {
                    throw new Malformed(pos, "The tag number is too large.");
                }
                tagNumber = (tagNumber << 7) | (b & 0x7f);
            } while ((b & 0x80) != 0);
        } else if (first == 0) {
            throw new Malformed(pos, "End-of-contents octets where an element should start.");
        }
        if (p >= limit) {
            throw new Malformed(pos, "The length is missing.");
        }
        int lengthAt = p;
        int l = data[p++] & 0xff;
        int length;
        if (l < 0x80) {
            length = l;
        } else if (l == 0x80) {
            if (!constructed) {
                throw new Malformed(lengthAt, "A primitive element cannot have an indefinite length.");
            }
            length = -1;
        } else {
            int octets = l & 0x7f;
            if (octets > 4 || l == 0xff) {
                throw new Malformed(lengthAt, "The length takes " + octets + " octets, more than Latchkey reads.");
            }
            if (p + octets > limit) {
                throw new Malformed(lengthAt, "The length is cut off.");
            }
            long value = 0;
            for (int i = 0; i < octets; i++) {
                value = (value << 8) | (data[p++] & 0xff);
            }
            if (value > Integer.MAX_VALUE) {
                throw new Malformed(lengthAt, "The length " + value + " is too large.");
            }
            length = (int) value;
        }
        return new Header(tagClass, tagNumber, constructed, p - pos, length, length > limit - p);
    }

    /** A tag and length; {@code cutOff} when the length runs past the enclosing data. */
    private record Header(TagClass tagClass, int tagNumber, boolean constructed, int headerLength, int length,
            boolean cutOff) {
    }

    /** Where and why the data stops being well-formed; never leaves this class. */
    private static final class Malformed extends Exception {
        final int offset;

        Malformed(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }
}
