package dev.latchkey.model.keychain;

import java.util.Optional;

/** The secrets an item can carry; the tag is the on-disk identifier inside the sealed bundle. */
public enum SecretKind {
    /** The password, the note text, or the private key. */
    PRIMARY(1),
    /** A one-time-code seed attached to the item. */
    OTP_SEED(2),
    /** Files attached to the item (a KeePass entry's attachments), encoded as {@link dev.latchkey.model.item.SecretParts}. */
    ATTACHMENTS(3),
    /** Further named fields (a KeePass entry's custom strings), encoded as {@link dev.latchkey.model.item.SecretParts}. */
    FIELDS(4);

    private final int tag;

    SecretKind(int tag) {
        this.tag = tag;
    }

    public int tag() {
        return tag;
    }

    public static Optional<SecretKind> byTag(int tag) {
        for (SecretKind k : values()) {
            if (k.tag == tag) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
