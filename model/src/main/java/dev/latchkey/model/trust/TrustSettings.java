package dev.latchkey.model.trust;

import dev.latchkey.crypto.trust.PolicyKind;
import dev.latchkey.crypto.trust.TrustSetting;
import dev.latchkey.crypto.trust.TrustStore;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemQuery;
import dev.latchkey.model.keychain.Keychain;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The user's trust settings kept in one keychain: a {@link ItemClass#TRUST_SETTING} item per
 * certificate, keyed by its SHA-256, holding the choices and the certificate itself. Sealed and
 * covered by the keychain's manifest like every item, so a setting changed, removed or rolled
 * back outside Latchkey is reported as tampering rather than used (decision 0004).
 */
public final class TrustSettings {
    private final Keychain keychain;

    public TrustSettings(Keychain keychain) {
        this.keychain = keychain;
    }

    /**
     * Every certificate with a choice made, by label. TAMPERED when any item of the keychain
     * failed its integrity check: it might have been a Never Trust that must not silently go.
     */
    public List<CertificateTrust> all() throws LatchkeyException {
        List<Item> items = new ArrayList<>(keychain.items().stream()
                .filter(i -> i.itemClass() == ItemClass.TRUST_SETTING).toList());
        if (!keychain.damagedItems().isEmpty()) {
            throw new LatchkeyException(Status.TAMPERED, "items of \"" + keychain.ref().name()
                    + "\" were changed outside Latchkey, so its trust settings cannot be relied on");
        }
        items.sort(Comparator.comparing(Item::displayName, String.CASE_INSENSITIVE_ORDER).thenComparing(Item::id));
        List<CertificateTrust> out = new ArrayList<>(items.size());
        for (Item item : items) {
            out.add(read(item));
        }
        return out;
    }

    /** The choices for one certificate ("none" when it has no item). */
    public CertificateTrust of(X509Certificate certificate) throws LatchkeyException {
        Optional<Item> item = item(certificate);
        return item.isPresent() ? read(item.get()) : CertificateTrust.none(certificate);
    }

    /**
     * Makes one choice for a certificate; {@code kind} null means all policies, and
     * {@link TrustSetting#DEFAULT} takes the choice back. The item goes when no choice is left.
     */
    public CertificateTrust set(X509Certificate certificate, PolicyKind kind, TrustSetting setting)
            throws LatchkeyException {
        Optional<Item> existing = item(certificate);
        CertificateTrust next = (existing.isPresent() ? read(existing.get()) : CertificateTrust.none(certificate))
                .with(kind, setting);
        if (existing.isEmpty()) {
            if (!next.isEmpty()) {
                keychain.add(ItemClass.TRUST_SETTING, attributes(next), null);
            }
            return next;
        }
        if (next.isEmpty()) {
            keychain.delete(existing.get().id());
            return next;
        }
        // Re-read inside the write transaction, so a choice another process made meanwhile is kept.
        return read(keychain.modify(existing.get().id(), old -> old.toBuilder().set(Attribute.TRUST_SETTINGS,
                CertificateTrust.decode(certificate, old.text(Attribute.TRUST_SETTINGS)).with(kind, setting).encode())
                .build()));
    }

    /** Takes back every choice for a certificate; ITEM_NOT_FOUND when it had none. */
    public void remove(X509Certificate certificate) throws LatchkeyException {
        Item item = item(certificate).orElseThrow(() -> new LatchkeyException(Status.ITEM_NOT_FOUND,
                "\"" + CertificateAttributes.defaultLabel(certificate) + "\" has no trust settings in \""
                        + keychain.ref().name() + "\""));
        keychain.delete(item.id());
    }

    /** Adds every choice to a trust store being built. */
    public void applyTo(TrustStore.Builder builder) throws LatchkeyException {
        for (CertificateTrust trust : all()) {
            if (trust.allPolicies() != TrustSetting.DEFAULT) {
                builder.setTrust(trust.certificate(), trust.allPolicies());
            }
            trust.policies().forEach((kind, setting) -> builder.setTrust(trust.certificate(), kind, setting));
        }
    }

    private Optional<Item> item(X509Certificate certificate) throws LatchkeyException {
        return keychain.find(ItemQuery.of(ItemClass.TRUST_SETTING)
                .where(Attribute.CERTIFICATE_SHA256, CertificateAttributes.sha256(certificate))).stream().findFirst();
    }

    private static CertificateTrust read(Item item) throws LatchkeyException {
        return CertificateTrust.decode(CertificateAttributes.certificate(item),
                item.attributes().text(Attribute.TRUST_SETTINGS));
    }

    private static ItemAttributes attributes(CertificateTrust trust) throws LatchkeyException {
        X509Certificate c = trust.certificate();
        ItemAttributes cert = CertificateAttributes.of(c, null);
        return ItemAttributes.builder()
                .set(Attribute.LABEL, cert.text(Attribute.LABEL))
                .set(Attribute.CERTIFICATE_SHA256, cert.get(Attribute.CERTIFICATE_SHA256))
                .set(Attribute.CERTIFICATE_DER, cert.get(Attribute.CERTIFICATE_DER))
                .set(Attribute.TRUST_SETTINGS, trust.encode())
                .build();
    }
}
