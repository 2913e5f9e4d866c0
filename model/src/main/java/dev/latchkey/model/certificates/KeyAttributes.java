package dev.latchkey.model.certificates;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.keypair.KeyDescription;
import dev.latchkey.crypto.keypair.KeyMatch;
import dev.latchkey.crypto.x509.KeyIdentifiers;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import java.security.PrivateKey;
import java.security.PublicKey;

/** A private key as key item attributes (decision 0004); the key itself is the item's sealed secret. */
public final class KeyAttributes {
    /** Apple's {@code kSecAttrKeyClassPrivate}. */
    public static final String PRIVATE = "private";
    /** The label Keychain Access gives a key that came without a name or certificate. */
    public static final String IMPORTED_KEY_LABEL = "Imported Private Key";

    private KeyAttributes() {
    }

    /** The attributes of a private-key item: class, type, size, and the public-key hash as application label. */
    public static ItemAttributes of(PrivateKey key, String label) throws LatchkeyException {
        PublicKey publicKey;
        try {
            publicKey = KeyMatch.publicKeyOf(key);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
        return ItemAttributes.builder()
                .set(Attribute.LABEL, label == null || label.isBlank() ? IMPORTED_KEY_LABEL : label.strip())
                .set(Attribute.DESCRIPTION, "private key")
                .set(Attribute.KEY_CLASS, PRIVATE)
                .set(Attribute.KEY_TYPE, KeyAlgorithm.of(publicKey).map(KeyAlgorithm::jcaName)
                        .orElse(publicKey.getAlgorithm()))
                .set(Attribute.KEY_SIZE, (long) KeyDescription.bits(publicKey))
                .set(Attribute.APPLICATION_LABEL, KeyIdentifiers.publicKeyHash(publicKey))
                .build();
    }
}
