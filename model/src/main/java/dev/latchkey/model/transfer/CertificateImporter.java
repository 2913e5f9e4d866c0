package dev.latchkey.model.transfer;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.material.NamedCertificate;
import dev.latchkey.crypto.material.NamedPrivateKey;
import dev.latchkey.crypto.reader.MaterialReader;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.certificates.CryptoErrors;
import dev.latchkey.model.certificates.KeyAttributes;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemQuery;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.NewItem;
import dev.latchkey.model.transfer.ImportReport.Entry;
import dev.latchkey.model.transfer.ImportReport.Kind;
import java.nio.ByteBuffer;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports a file of certificates and keys into a keychain (File &gt; Import, {@code latchkey
 * import}): everything the file holds is read first, then stored in one transaction, so a
 * file either imports completely or not at all. What the keychain already has is reported as
 * a duplicate, not stored twice; a certificate and a key that pair up form an identity
 * (decision 0004), also when one of them was already in the keychain.
 */
public final class CertificateImporter {
    private final Keychain keychain;

    public CertificateImporter(Keychain keychain) {
        this.keychain = keychain;
    }

    /**
     * Reads a file's content, detecting its format. DECODE, UNSUPPORTED_FORMAT,
     * PASSPHRASE_REQUIRED (ask, then read again) or WRONG_PASSPHRASE.
     *
     * @param passphrase the file's passphrase, or null when none was given; not kept
     */
    public static KeyMaterial read(byte[] data, char[] passphrase) throws LatchkeyException {
        try {
            return MaterialReader.read(data, passphrase);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    /** Reads and stores a file's content: all of it or, on any error, nothing. */
    public ImportReport importFile(byte[] data, char[] passphrase) throws LatchkeyException {
        return importMaterial(read(data, passphrase));
    }

    /** Stores what a file held: all of it or, on any error, nothing. */
    public ImportReport importMaterial(KeyMaterial material) throws LatchkeyException {
        Plan plan = new Plan();
        try {
            for (Identity identity : material.identities()) {
                plan.identity(identity);
            }
            for (NamedCertificate c : material.certificates()) {
                plan.certificate(c.certificate(), c.name());
            }
            for (NamedPrivateKey k : material.privateKeys()) {
                plan.lonePrivateKey(k.key(), k.name());
            }
            List<UUID> ids = plan.items.isEmpty() ? List.of() : keychain.addAll(plan.items);
            List<Entry> imported = new ArrayList<>();
            for (Planned p : plan.planned) {
                imported.add(new Entry(p.kind, p.label, p.indexes.stream().map(ids::get).toList()));
            }
            return new ImportReport(material.format(), imported, plan.duplicates, skipped(material));
        } finally {
            plan.secrets.forEach(Secret::close);
        }
    }

    private static List<String> skipped(KeyMaterial material) {
        List<String> out = new ArrayList<>(material.skipped());
        if (!material.publicKeys().isEmpty()) {
            out.add(material.publicKeys().size() + (material.publicKeys().size() == 1 ? " public key" : " public keys")
                    + " (Latchkey keeps public keys inside certificates)");
        }
        if (!material.crls().isEmpty()) {
            out.add(material.crls().size() + (material.crls().size() == 1 ? " revocation list" : " revocation lists")
                    + " (give them to verify-cert --crl)");
        }
        return out;
    }

    private static final class Planned {
        final Kind kind;
        final String label;
        final List<Integer> indexes = new ArrayList<>();

        Planned(Kind kind, String label) {
            this.kind = kind;
            this.label = label;
        }
    }

    /** The items to add, checked against the keychain and against each other. */
    private final class Plan {
        final List<NewItem> items = new ArrayList<>();
        final List<Secret> secrets = new ArrayList<>();
        final List<Planned> planned = new ArrayList<>();
        final List<Entry> duplicates = new ArrayList<>();
        final Set<ByteBuffer> certificates = new HashSet<>();
        final Set<ByteBuffer> keys = new HashSet<>();

        void identity(Identity identity) throws LatchkeyException {
            X509Certificate certificate = identity.certificate();
            String label = identity.friendlyName().filter(n -> !n.isBlank())
                    .orElseGet(() -> CertificateAttributes.defaultLabel(certificate));
            Planned p = new Planned(Kind.IDENTITY, label);
            addCertificate(p, certificate, label);
            addKey(p, identity.privateKey(), label);
            finish(p);
        }

        void certificate(X509Certificate certificate, String name) throws LatchkeyException {
            String label = name != null && !name.isBlank() ? name : CertificateAttributes.defaultLabel(certificate);
            boolean pairs = storedKey(CertificateAttributes.publicKeyHash(certificate)).isPresent();
            Planned p = new Planned(pairs ? Kind.IDENTITY : Kind.CERTIFICATE, label);
            addCertificate(p, certificate, label);
            finish(p);
        }

        void lonePrivateKey(PrivateKey key, String name) throws LatchkeyException {
            ItemAttributes attributes = KeyAttributes.of(key, name);
            byte[] hash = attributes.bytes(Attribute.APPLICATION_LABEL).orElseThrow();
            Optional<Item> certificate = storedCertificate(hash);
            String label = name != null && !name.isBlank() ? name
                    : certificate.map(Item::displayName).orElse(KeyAttributes.IMPORTED_KEY_LABEL);
            Planned p = new Planned(certificate.isPresent() ? Kind.IDENTITY : Kind.PRIVATE_KEY, label);
            addKey(p, key, label);
            finish(p);
        }

        private void addCertificate(Planned p, X509Certificate certificate, String label) throws LatchkeyException {
            ItemAttributes attributes = CertificateAttributes.of(certificate, label);
            boolean fresh = certificates.add(ByteBuffer.wrap(attributes.bytes(Attribute.CERTIFICATE_SHA256).orElseThrow()));
            ItemQuery key = ItemQuery.of(ItemClass.CERTIFICATE)
                    .where(Attribute.ISSUER, attributes.get(Attribute.ISSUER))
                    .where(Attribute.SERIAL_NUMBER, attributes.get(Attribute.SERIAL_NUMBER));
            if (fresh && keychain.find(key).isEmpty()) {
                p.indexes.add(items.size());
                items.add(new NewItem(ItemClass.CERTIFICATE, attributes, null));
            }
        }

        private void addKey(Planned p, PrivateKey key, String label) throws LatchkeyException {
            ItemAttributes attributes = KeyAttributes.of(key, label);
            byte[] hash = attributes.bytes(Attribute.APPLICATION_LABEL).orElseThrow();
            if (keys.add(ByteBuffer.wrap(hash)) && storedKey(hash).isEmpty()) {
                Secret pkcs8 = Secret.wrap(key.getEncoded());
                secrets.add(pkcs8);
                p.indexes.add(items.size());
                items.add(new NewItem(ItemClass.KEY, attributes, pkcs8));
            }
        }

        private void finish(Planned p) {
            if (p.indexes.isEmpty()) {
                duplicates.add(new Entry(p.kind, p.label, List.of()));
            } else {
                planned.add(p);
            }
        }

        private Optional<Item> storedKey(byte[] publicKeyHash) throws LatchkeyException {
            return keychain.find(ItemQuery.of(ItemClass.KEY).where(Attribute.KEY_CLASS, KeyAttributes.PRIVATE)
                    .where(Attribute.APPLICATION_LABEL, publicKeyHash)).stream().findFirst();
        }

        private Optional<Item> storedCertificate(byte[] publicKeyHash) throws LatchkeyException {
            return keychain.find(ItemQuery.of(ItemClass.CERTIFICATE).where(Attribute.PUBLIC_KEY_HASH, publicKeyHash))
                    .stream().findFirst();
        }
    }
}
