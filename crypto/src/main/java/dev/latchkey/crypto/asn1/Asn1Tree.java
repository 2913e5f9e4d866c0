package dev.latchkey.crypto.asn1;

import java.util.List;
import java.util.Optional;

/**
 * A decoded file: the bytes that were decoded (the DER inside a PEM block), the top-level
 * elements, and where and why decoding stopped when the data is malformed.
 *
 * @param data     the bytes the node offsets refer to
 * @param pemLabel the PEM block's label ("CERTIFICATE"), or empty for binary input
 * @param roots    the top-level elements decoded before any error
 * @param error    what stopped the decoder, if anything did
 */
public record Asn1Tree(byte[] data, Optional<String> pemLabel, List<Asn1Node> roots, Optional<Asn1Error> error) {
    public Asn1Tree {
        roots = List.copyOf(roots);
    }

    public boolean complete() {
        return error.isEmpty();
    }

    /** Where the data stops being well-formed ASN.1, and why, in one line. */
    public record Asn1Error(int offset, String message) {
    }

    @Override
    public String toString() {
        return "Asn1Tree[" + data.length + " bytes, " + roots.size() + " roots" + error.map(e -> ", " + e).orElse("")
                + "]";
    }
}
