package dev.latchkey.model.keychain;

import java.util.Optional;

/** The secrets an item can carry; the tag is the on-disk identifier inside the sealed bundle. */
public enum SecretKind {
    /** The password, the note text, or the private key. */
    PRIMARY(1),
    /** A one-time-code seed attached to the item. */
    OTP_SEED(2);

    private final int tag;

    SecretKind(int tag) {
        this.tag = tag;
    }

    int tag() {
        return tag;
    }

    static Optional<SecretKind> byTag(int tag) {
        for (SecretKind k : values()) {
            if (k.tag == tag) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
