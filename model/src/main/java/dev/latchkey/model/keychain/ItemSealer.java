package dev.latchkey.model.keychain;

import dev.latchkey.crypto.AuthenticationFailedException;
import dev.latchkey.crypto.aead.AeadKey;
import dev.latchkey.crypto.aead.AesGcm;
import dev.latchkey.crypto.random.Randoms;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.AttributeCodec;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.store.ItemRow;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;

/**
 * Seals and opens item rows. Metadata is sealed with K_meta; the secret bundle with a fresh
 * random data key (DEK) that is itself wrapped with K_wrap. Each ciphertext's associated
 * data binds keychain id, item id, class, encoding version, row version, which column it
 * belongs to and (for metadata) the row's primary blind index, so no part can be moved to
 * another row, column or version without failing authentication.
 */
final class ItemSealer {
    private static final int AAD_VERSION = 1;
    private static final byte PART_META = 1;
    private static final byte PART_DEK = 2;
    private static final byte PART_SECRET = 3;

    private final UUID keychainId;
    private final KeychainKeys keys;
    private final BlindIndex index;

    ItemSealer(UUID keychainId, KeychainKeys keys, BlindIndex index) {
        this.keychainId = keychainId;
        this.keys = keys;
        this.index = index;
    }

    BlindIndex index() {
        return index;
    }

    ItemRow seal(UUID id, ItemClass itemClass, long rowVersion, ItemAttributes attributes, SecretBundle secrets) {
        byte[] primaryIndex = index.primary(itemClass, attributes);
        byte[] meta = AesGcm.seal(keys.metaKey(), AttributeCodec.encode(attributes),
                aad(id, itemClass.code(), rowVersion, PART_META, primaryIndex));
        byte[] dek = Randoms.bytes(AeadKey.LENGTH);
        byte[] plaintext = secrets.encode();
        try (AeadKey dataKey = AeadKey.copyOf(dek)) {
            byte[] dekWrapped = AesGcm.seal(keys.wrapKey(), dek, aad(id, itemClass.code(), rowVersion, PART_DEK, null));
            byte[] secretCt = AesGcm.seal(dataKey, plaintext, aad(id, itemClass.code(), rowVersion, PART_SECRET, null));
            return new ItemRow(id, itemClass.code(), rowVersion, primaryIndex, meta, dekWrapped, secretCt);
        } finally {
            Wipe.bytes(dek, plaintext);
        }
    }

    /** A new item's row: a fresh random id, version 1, created and modified dates set. */
    ItemRow sealNew(NewItem n, Instant now) {
        try (SecretBundle bundle = new SecretBundle()) {
            if (n.secret() != null) {
                bundle.put(SecretKind.PRIMARY, n.secret().duplicate());
            }
            if (n.otpSeed() != null) {
                bundle.put(SecretKind.OTP_SEED, n.otpSeed().duplicate());
            }
            n.moreSecrets().forEach((kind, secret) -> bundle.put(kind, secret.duplicate()));
            return seal(Randoms.uuid(), n.itemClass(), 1, stamped(n.attributes(), null, now), bundle);
        }
    }

    /** Sets created (kept from {@code previous}, or as given, or now) and modified dates. */
    static ItemAttributes stamped(ItemAttributes attributes, ItemAttributes previous, Instant now) {
        ItemAttributes.Builder b = attributes.toBuilder();
        Instant created = previous != null ? previous.instant(Attribute.CREATED).orElse(now)
                : attributes.instant(Attribute.CREATED).orElse(now);
        b.set(Attribute.CREATED, created);
        b.set(Attribute.MODIFIED, previous == null ? attributes.instant(Attribute.MODIFIED).orElse(now) : now);
        return b.build();
    }

    /** The row's item: its metadata opened and checked, and its class known to this version. */
    Item openItem(ItemRow row) throws LatchkeyException {
        ItemAttributes attributes = openMeta(row);
        ItemClass itemClass = ItemClass.byCode(row.itemClass()).orElseThrow(() -> new LatchkeyException(
                Status.UNSUPPORTED_FORMAT, "item " + row.itemId() + " has a class this version does not know"));
        return new Item(row.itemId(), itemClass, attributes, row.rowVersion());
    }

    ItemAttributes openMeta(ItemRow row) throws LatchkeyException {
        try {
            byte[] plain = AesGcm.open(keys.metaKey(), row.metaCt(),
                    aad(row.itemId(), row.itemClass(), row.rowVersion(), PART_META, row.primaryIndex()));
            return AttributeCodec.decode(plain);
        } catch (AuthenticationFailedException | AttributeCodec.MalformedItemException e) {
            throw tampered(row);
        }
    }

    SecretBundle openSecrets(ItemRow row) throws LatchkeyException {
        byte[] dek = null;
        try {
            dek = AesGcm.open(keys.wrapKey(), row.dekWrapped(),
                    aad(row.itemId(), row.itemClass(), row.rowVersion(), PART_DEK, null));
            if (dek.length != AeadKey.LENGTH) {
                throw tampered(row);
            }
            try (AeadKey dataKey = AeadKey.copyOf(dek)) {
                byte[] plain = AesGcm.open(dataKey, row.secretCt(),
                        aad(row.itemId(), row.itemClass(), row.rowVersion(), PART_SECRET, null));
                return SecretBundle.decode(plain);
            }
        } catch (AuthenticationFailedException | IllegalArgumentException e) {
            throw tampered(row);
        } finally {
            Wipe.bytes(dek);
        }
    }

    Secret openSecret(ItemRow row, SecretKind kind) throws LatchkeyException {
        try (SecretBundle bundle = openSecrets(row)) {
            Secret s = bundle.get(kind);
            return s == null ? null : s.duplicate();
        }
    }

    private static LatchkeyException tampered(ItemRow row) {
        return new LatchkeyException(Status.TAMPERED,
                "item " + row.itemId() + " failed its integrity check; it was changed outside Latchkey");
    }

    private byte[] aad(UUID id, int itemClass, long rowVersion, byte part, byte[] primaryIndex) {
        int indexBytes = primaryIndex == null ? 0 : BlindIndex.LENGTH;
        ByteBuffer b = ByteBuffer.allocate(4 + 16 + 16 + 2 + 1 + 8 + 1 + indexBytes);
        b.put((byte) 'L').put((byte) 'K').put((byte) 'I').put((byte) 'T');
        b.putLong(keychainId.getMostSignificantBits()).putLong(keychainId.getLeastSignificantBits());
        b.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        b.putShort((short) AAD_VERSION);
        b.put((byte) itemClass);
        b.putLong(rowVersion);
        b.put(part);
        if (primaryIndex != null) {
            b.put(primaryIndex);
        }
        return b.array();
    }
}
