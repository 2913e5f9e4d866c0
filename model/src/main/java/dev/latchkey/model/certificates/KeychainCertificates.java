package dev.latchkey.model.certificates;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.keypair.PrivateKeyReader;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemQuery;
import dev.latchkey.model.keychain.Keychain;
import java.nio.ByteBuffer;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The certificates, private keys and identities of one unlocked keychain (decision 0004):
 * what the GUI's My Certificates, Certificates and Keys categories list, and the private keys
 * that Certificate Assistant and export use. Identities are paired in memory from metadata;
 * a key's secret is read only when the key is used.
 */
public final class KeychainCertificates implements CertificateSource {
    static final Comparator<StoredCertificate> BY_LABEL = Comparator
            .comparing(StoredCertificate::label, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(c -> c.item().id());

    private final Keychain keychain;

    public KeychainCertificates(Keychain keychain) {
        this.keychain = keychain;
    }

    public Keychain keychain() {
        return keychain;
    }

    @Override
    public String name() {
        return keychain.ref().name();
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public List<StoredCertificate> certificates() throws LatchkeyException {
        List<StoredCertificate> out = new ArrayList<>();
        for (Item item : keychain.items()) {
            if (item.itemClass() == ItemClass.CERTIFICATE) {
                out.add(new StoredCertificate(item, CertificateAttributes.certificate(item)));
            }
        }
        out.sort(BY_LABEL);
        return out;
    }

    /** Private-key items, sorted by label. */
    public List<Item> keys() throws LatchkeyException {
        return keychain.items().stream().filter(i -> i.itemClass() == ItemClass.KEY)
                .sorted(Comparator.comparing(Item::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Item::id))
                .toList();
    }

    /** Certificates that have their private key in this keychain. */
    public List<StoredIdentity> identities() throws LatchkeyException {
        Map<ByteBuffer, Item> keysByHash = new HashMap<>();
        for (Item key : keys()) {
            key.attributes().bytes(Attribute.APPLICATION_LABEL).ifPresent(h -> keysByHash.putIfAbsent(ByteBuffer.wrap(h), key));
        }
        List<StoredIdentity> out = new ArrayList<>();
        for (StoredCertificate c : certificates()) {
            Item key = keysByHash.get(ByteBuffer.wrap(c.publicKeyHash()));
            if (key != null) {
                out.add(new StoredIdentity(c, key));
            }
        }
        return out;
    }

    /** The key item that pairs with {@code certificate}, if this keychain has it. */
    public Optional<Item> keyFor(X509Certificate certificate) throws LatchkeyException {
        byte[] hash = CertificateAttributes.publicKeyHash(certificate);
        return keys().stream().filter(k -> k.attributes().bytes(Attribute.APPLICATION_LABEL)
                .map(h -> Arrays.equals(h, hash)).orElse(false)).findFirst();
    }

    public Optional<StoredCertificate> bySha256(byte[] sha256) throws LatchkeyException {
        for (StoredCertificate c : certificates()) {
            if (Arrays.equals(c.sha256(), sha256)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The identity whose label or subject contains {@code name} (any case); an exact label
     * match wins. ITEM_NOT_FOUND when none does, PARAM when several do and none exactly.
     */
    public StoredIdentity identityNamed(String name) throws LatchkeyException {
        List<StoredIdentity> all = identities();
        List<StoredIdentity> exact = all.stream().filter(i -> i.label().equals(name)).toList();
        List<StoredIdentity> found = !exact.isEmpty() ? exact
                : all.stream().filter(i -> i.certificate().nameContains(name)).toList();
        if (found.isEmpty()) {
            throw new LatchkeyException(Status.ITEM_NOT_FOUND, "no identity named \"" + name + "\" in \"" + name() + "\"");
        }
        if (found.size() > 1) {
            throw new LatchkeyException(Status.PARAM, found.size() + " identities match \"" + name
                    + "\"; give the whole name");
        }
        return found.get(0);
    }

    /** The private key whose label is {@code name}, else the only one whose label contains it (any case). */
    public Item keyNamed(String name) throws LatchkeyException {
        List<Item> all = keys();
        List<Item> exact = all.stream().filter(k -> k.displayName().equals(name)).toList();
        List<Item> found = !exact.isEmpty() ? exact : all.stream()
                .filter(k -> k.displayName().toLowerCase(Locale.ROOT)
                        .contains(name.toLowerCase(Locale.ROOT))).toList();
        if (found.isEmpty()) {
            throw new LatchkeyException(Status.ITEM_NOT_FOUND, "no private key named \"" + name + "\" in \"" + name() + "\"");
        }
        if (found.size() > 1) {
            throw new LatchkeyException(Status.PARAM, found.size() + " private keys match \"" + name
                    + "\"; give the whole name");
        }
        return found.get(0);
    }

    /** The certificate's item, added first when the keychain does not have it yet. */
    public StoredCertificate add(X509Certificate certificate, String label) throws LatchkeyException {
        ItemAttributes attributes = CertificateAttributes.of(certificate, label);
        List<Item> existing = keychain.find(ItemQuery.of(ItemClass.CERTIFICATE)
                .where(Attribute.ISSUER, attributes.get(Attribute.ISSUER))
                .where(Attribute.SERIAL_NUMBER, attributes.get(Attribute.SERIAL_NUMBER)));
        if (!existing.isEmpty()) {
            return new StoredCertificate(existing.get(0), CertificateAttributes.certificate(existing.get(0)));
        }
        UUID id = keychain.add(ItemClass.CERTIFICATE, attributes, null);
        return new StoredCertificate(keychain.get(id).orElseThrow(() -> new LatchkeyException(Status.ITEM_NOT_FOUND,
                "the new certificate was removed by another process")), certificate);
    }

    /** Reads a key item's private key; the sealed PKCS#8 bytes are wiped once parsed. */
    public PrivateKey privateKey(Item key) throws LatchkeyException {
        if (key.itemClass() != ItemClass.KEY) {
            throw new LatchkeyException(Status.PARAM, "\"" + key.displayName() + "\" is not a key");
        }
        try (Secret pkcs8 = keychain.readSecret(key.id())) {
            return PrivateKeyReader.pkcs8(pkcs8.bytes());
        } catch (CryptoException e) {
            throw new LatchkeyException(Status.DECODE, "the private key \"" + key.displayName()
                    + "\" cannot be read: " + e.getMessage(), e);
        }
    }

    /** The identity with its private key and the issuers this keychain holds, for signing or export. */
    public Identity open(StoredIdentity identity) throws LatchkeyException {
        List<X509Certificate> pool = certificates().stream().map(StoredCertificate::certificate).toList();
        return new Identity(identity.label(), privateKey(identity.key()),
                IssuerChain.of(identity.certificate().certificate(), pool));
    }

    /** Deletes an identity's certificate and key together. */
    public void delete(StoredIdentity identity) throws LatchkeyException {
        keychain.deleteAll(List.of(identity.certificate().item().id(), identity.key().id()));
    }
}
