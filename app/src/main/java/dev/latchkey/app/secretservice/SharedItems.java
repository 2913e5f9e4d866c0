package dev.latchkey.app.secretservice;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.applications.ApplicationAccess;
import dev.latchkey.model.applications.ApplicationAttributes;
import dev.latchkey.model.applications.ApplicationItems;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.UInt64;
import org.freedesktop.dbus.types.Variant;

/**
 * The Secret Service's items: the generic passwords of an unlocked keychain. Reading a
 * secret, changing or deleting an item goes through the {@link AccessGate} for the calling
 * application; attributes and labels are visible while the keychain is unlocked.
 */
final class SharedItems {
    static final String ITEM = "org.freedesktop.Secret.Item";
    static final String LABEL = ITEM + ".Label";
    static final String ATTRIBUTES = ITEM + ".Attributes";

    private final KeychainCollections collections;
    private final AccessGate gate;
    private final Caller caller;

    SharedItems(KeychainCollections collections, AccessGate gate, Caller caller) {
        this.collections = collections;
        this.gate = gate;
        this.caller = caller;
    }

    /** Paths of the items in {@code ref} whose attributes include {@code query}; empty when locked. */
    List<DBusPath> search(KeychainRef ref, Map<String, String> query) {
        return collections.ifUnlocked(ref, k -> new ApplicationItems(k).search(query)).orElse(List.of()).stream()
                .map(i -> new DBusPath(BusPaths.item(ref.name(), i.id()))).toList();
    }

    /** Paths of every item in {@code ref}; empty when locked. */
    List<DBusPath> all(KeychainRef ref) {
        return search(ref, Map.of());
    }

    SecretValue secret(KeychainRef ref, UUID id, Sessions.Session session) {
        authorize(ref, collections.withUnlocked(ref, k -> shared(k, id)));
        return collections.withUnlocked(ref, k -> {
            shared(k, id);
            try (Secret s = k.readSecret(id)) {
                return session.encode(s.bytes());
            }
        });
    }

    void setSecret(KeychainRef ref, UUID id, byte[] plaintext) {
        try {
            authorize(ref, collections.withUnlocked(ref, k -> shared(k, id)));
            collections.withUnlocked(ref, k -> {
                try (Secret s = Secret.copyOf(plaintext)) {
                    k.update(id, shared(k, id).attributes(), s);
                }
                return null;
            });
        } finally {
            Wipe.bytes(plaintext);
        }
    }

    void delete(KeychainRef ref, UUID id) {
        authorize(ref, collections.withUnlocked(ref, k -> shared(k, id)));
        collections.withUnlocked(ref, k -> {
            k.delete(id);
            return null;
        });
    }

    /** Returns when the caller may use the item; asks without holding the keychain. */
    private void authorize(KeychainRef ref, Item item) {
        String application = caller.application();
        gate.require(ref, item, application, () -> collections.withUnlocked(ref,
                k -> ApplicationAccess.allowAlways(k, item.id(), application)));
    }

    /**
     * CreateItem: stores the secret under the properties' label and attributes. The item with
     * exactly these attributes, if any, is replaced, after the gate lets the caller change it.
     */
    UUID create(KeychainRef ref, Map<String, Variant<?>> properties, byte[] plaintext) {
        String label = string(properties.get(LABEL), LABEL).orElse("");
        Map<String, String> attributes = attributes(properties.get(ATTRIBUTES)).orElse(Map.of());
        try {
            Optional<Item> same = collections.withUnlocked(ref, k -> new ApplicationItems(k).exactly(attributes));
            if (same.isPresent()) {
                authorize(ref, same.get());
            }
            String application = caller.application();
            return collections.withUnlocked(ref, k -> {
                try (Secret s = Secret.copyOf(plaintext)) {
                    return new ApplicationItems(k).store(label, attributes, s, application).id();
                }
            });
        } finally {
            Wipe.bytes(plaintext);
        }
    }

    Map<String, Variant<?>> properties(KeychainRef ref, UUID id) {
        if (collections.locked(ref)) {
            Map<String, Variant<?>> locked = new HashMap<>();
            locked.put("Locked", new Variant<>(true));
            return locked;
        }
        return collections.withUnlocked(ref, k -> {
            Item item = shared(k, id);
            Map<String, Variant<?>> out = new HashMap<>();
            out.put("Locked", new Variant<>(false));
            out.put("Label", new Variant<>(item.displayName()));
            out.put("Attributes", new Variant<>(new HashMap<>(ApplicationAttributes.of(item).orElseThrow()), "a{ss}"));
            out.put("Created", new Variant<>(seconds(item.attributes().instant(Attribute.CREATED))));
            out.put("Modified", new Variant<>(seconds(item.attributes().instant(Attribute.MODIFIED))));
            return out;
        });
    }

    void set(KeychainRef ref, UUID id, String property, Object value) {
        collections.withUnlocked(ref, k -> {
            shared(k, id);
            ApplicationItems items = new ApplicationItems(k);
            switch (property) {
                case "Label" -> items.setLabel(id, string(value, property).orElse(""));
                case "Attributes" -> items.setAttributes(id, attributes(value).orElse(Map.of()));
                default -> throw BusErrors.of(BusErrors.INVALID_ARGS, "the item's property " + property
                        + " cannot be set");
            }
            return null;
        });
    }

    /** The item, if it is one applications see; NoSuchObject otherwise. */
    private static Item shared(Keychain k, UUID id) throws LatchkeyException {
        return k.get(id).filter(ApplicationAttributes::shared)
                .orElseThrow(() -> BusErrors.of(BusErrors.NO_SUCH_OBJECT, "no such item"));
    }

    static UInt64 seconds(Optional<Instant> when) {
        return new UInt64(when.map(Instant::getEpochSecond).orElse(0L));
    }

    /** A string property value (given bare or in a variant); InvalidArgs for another type. */
    static Optional<String> string(Object value, String name) {
        Object v = value instanceof Variant<?> variant ? variant.getValue() : value;
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof String s)) {
            throw BusErrors.invalid(name + " must be a string");
        }
        return Optional.of(s);
    }

    /** An {@code a{ss}} property value; InvalidArgs for anything else. */
    static Optional<Map<String, String>> attributes(Object value) {
        Object v = value instanceof Variant<?> variant ? variant.getValue() : value;
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof Map<?, ?> map)) {
            throw BusErrors.invalid("the attributes must be a dictionary of strings");
        }
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key) || !(e.getValue() instanceof String val)) {
                throw BusErrors.invalid("the attributes must be a dictionary of strings");
            }
            out.put(key, val);
        }
        return Optional.of(out);
    }
}
