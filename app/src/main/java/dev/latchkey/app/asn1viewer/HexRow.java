package dev.latchkey.app.asn1viewer;

import java.util.List;

/**
 * One line of the hex pane: its offset, up to 16 bytes as hex, and each byte's part in the
 * selected element.
 *
 * @param offset the first byte's offset, as 8 hex digits
 * @param bytes  the bytes as two hex digits each
 * @param roles  per byte: what it is in the selection
 * @param ascii  the bytes as printable ASCII, '.' for the rest
 */
public record HexRow(String offset, List<String> bytes, List<Role> roles, String ascii) {
    /** A byte's part: outside the selection, the selected element's tag and length, its content, or where decoding stopped. */
    public enum Role {
        PLAIN, HEADER, CONTENT, ERROR
    }

    public HexRow {
        bytes = List.copyOf(bytes);
        roles = List.copyOf(roles);
    }
}
