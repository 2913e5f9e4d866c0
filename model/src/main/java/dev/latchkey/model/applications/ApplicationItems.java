package dev.latchkey.model.applications;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemQuery;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.SecretKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;

/**
 * The passwords other applications keep in one keychain, found and stored by their
 * {@link ApplicationAttributes}. One item per attribute set: storing a set that is here
 * already replaces that item's secret and label. The application that stores a new password
 * may use it afterwards without being asked.
 */
public final class ApplicationItems {
    private static final int MAX_ACCOUNT_TRIES = 100;

    private final Keychain keychain;

    public ApplicationItems(Keychain keychain) {
        this.keychain = keychain;
    }

    /** Shared items whose attributes include every pair of {@code query}, oldest first. */
    public List<Item> search(Map<String, String> query) throws LatchkeyException {
        return keychain.items().stream().filter(i -> ApplicationAttributes.matches(i, query))
                .sorted(Comparator.comparing((Item i) -> i.attributes().instant(Attribute.CREATED).orElse(null),
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Item::id))
                .toList();
    }

    /** The item with exactly this attribute set, if any. */
    public Optional<Item> exactly(Map<String, String> attributes) throws LatchkeyException {
        SortedMap<String, String> wanted = ApplicationAttributes.checked(attributes);
        return search(wanted).stream().filter(i -> ApplicationAttributes.of(i).orElseThrow().equals(wanted))
                .findFirst();
    }

    /**
     * Stores {@code secret} under {@code attributes}: replaces the secret and label of the item
     * with exactly these attributes, else adds a generic password that {@code application}
     * (an executable path, or null) may use without asking.
     */
    public Item store(String label, Map<String, String> attributes, Secret secret, String application)
            throws LatchkeyException {
        SortedMap<String, String> set = ApplicationAttributes.checked(attributes);
        Optional<Item> same = exactly(set);
        if (same.isPresent()) {
            return keychain.modify(same.get().id(), a -> labelled(a.toBuilder(), label, set).build(),
                    SecretKind.PRIMARY, secret);
        }
        ItemAttributes.Builder b = labelled(ApplicationAttributes.applyTo(ItemAttributes.builder(), set,
                freeAccount(set, null)), label, set);
        if (application != null) {
            b.set(Attribute.TRUSTED_APPLICATIONS, List.of(application));
        }
        UUID id = keychain.add(ItemClass.GENERIC_PASSWORD, b.build(), secret);
        return keychain.get(id).orElseThrow();
    }

    public Item setLabel(UUID id, String label) throws LatchkeyException {
        return keychain.modify(id, a -> a.toBuilder().set(Attribute.LABEL, label).build());
    }

    /** Gives an item a new attribute set; its service and account follow. */
    public Item setAttributes(UUID id, Map<String, String> attributes) throws LatchkeyException {
        SortedMap<String, String> set = ApplicationAttributes.checked(attributes);
        String account = freeAccount(set, id);
        return keychain.modify(id, a -> ApplicationAttributes.applyTo(a.toBuilder(), set, account).build());
    }

    private static ItemAttributes.Builder labelled(ItemAttributes.Builder b, String label,
            SortedMap<String, String> set) {
        return b.set(Attribute.LABEL, label == null || label.isBlank() ? ApplicationAttributes.service(set) : label);
    }

    /**
     * The account for a set: its user name when no other password of its service has it, else
     * that with the attributes that tell them apart, numbered if need be.
     */
    private String freeAccount(SortedMap<String, String> set, UUID self) throws LatchkeyException {
        String service = ApplicationAttributes.service(set);
        String plain = ApplicationAttributes.account(set);
        if (free(service, plain, self)) {
            return plain;
        }
        String distinct = ApplicationAttributes.distinctAccount(set);
        for (int n = 1; n <= MAX_ACCOUNT_TRIES; n++) {
            String candidate = n == 1 ? distinct : distinct + " #" + n;
            if (free(service, candidate, self)) {
                return candidate;
            }
        }
        throw new LatchkeyException(dev.latchkey.model.Status.DUPLICATE_ITEM,
                "too many passwords of service \"" + service + "\" with these attributes");
    }

    private boolean free(String service, String account, UUID self) throws LatchkeyException {
        return keychain.find(ItemQuery.of(ItemClass.GENERIC_PASSWORD).where(Attribute.SERVICE, service)
                .where(Attribute.ACCOUNT, account)).stream().allMatch(i -> i.id().equals(self));
    }
}
