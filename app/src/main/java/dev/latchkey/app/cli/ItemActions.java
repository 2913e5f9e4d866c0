package dev.latchkey.app.cli;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemQuery;
import dev.latchkey.model.keychain.Keychain;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The add / find / delete flows shared by passwords and notes. */
final class ItemActions {
    private ItemActions() {
    }

    /** The secret given with {@code -w VALUE}, {@code -w -} (standard input) or typed at the terminal. */
    static Secret secret(LatchkeyCommand root, String value, boolean oneLine, String what) throws LatchkeyException {
        if ("-".equals(value)) {
            return SecretText.stdin(root.context.in(), oneLine);
        }
        if (value != null) {
            return Secret.copyOf(value.getBytes(StandardCharsets.UTF_8));
        }
        char[] typed = root.newPassword(null, what);
        try {
            return Secret.fromChars(typed);
        } finally {
            Wipe.chars(typed);
        }
    }

    /**
     * Adds an item; with {@code update}, replaces the attributes given and the secret of an
     * existing item with the same primary key instead of failing with DUPLICATE_ITEM.
     */
    static UUID add(Keychain k, ItemClass itemClass, ItemAttributes attributes, Secret secret, boolean update)
            throws LatchkeyException {
        if (update) {
            ItemQuery key = ItemQuery.of(itemClass);
            for (Attribute a : itemClass.primaryKey()) {
                key = key.where(a, attributes.get(a));
            }
            List<Item> existing = k.find(key).stream()
                    .filter(i -> itemClass.primaryKey().stream().allMatch(a -> i.attributes().matches(a, attributes.get(a))))
                    .toList();
            if (!existing.isEmpty()) {
                Item old = existing.get(0);
                k.update(old.id(), old.attributes().toBuilder().putAll(attributes).build(), secret);
                return old.id();
            }
        }
        return k.add(itemClass, attributes, secret);
    }

    /** Matching items, oldest first (so "the first match" is stable). */
    static List<Item> find(Keychain k, ItemQuery query) throws LatchkeyException {
        List<Item> found = new ArrayList<>(k.find(query));
        found.sort(Comparator.comparing((Item i) -> i.attributes().instant(Attribute.CREATED).orElse(Instant.EPOCH))
                .thenComparing(Item::id));
        if (found.isEmpty()) {
            throw new LatchkeyException(Status.ITEM_NOT_FOUND);
        }
        return found;
    }

    /**
     * Prints the first match (or all with {@code all}): attributes, or only the secret with
     * {@code secretOnly}, or both with {@code withSecret}.
     */
    static void print(LatchkeyCommand root, Keychain k, List<Item> found, boolean all, boolean secretOnly,
            boolean withSecret) throws LatchkeyException {
        List<Item> shown = all || found.isEmpty() ? found : found.subList(0, 1);
        List<Secret> secrets = null;
        try {
            if (secretOnly || withSecret) {
                secrets = new ArrayList<>();
                for (Item i : shown) {
                    // Only passwords and notes are printed; a private key is exported, encrypted.
                    boolean printable = i.itemClass().isPassword() || i.itemClass() == ItemClass.SECURE_NOTE;
                    secrets.add(printable ? readSecret(root, k, i) : null);
                }
            }
            if (secretOnly && !root.json) {
                for (Secret s : secrets) {
                    if (s != null) {
                        ItemOutput.secretOnly(root.context.out(), s);
                    }
                }
            } else if (root.json) {
                ItemOutput.json(root.context.out(), k.ref().name(), shown, secrets, all);
            } else {
                for (int i = 0; i < shown.size(); i++) {
                    ItemOutput.text(root.context.out(), k.ref().name(), shown.get(i),
                            secrets == null ? null : secrets.get(i));
                }
            }
        } finally {
            if (secrets != null) {
                secrets.stream().filter(java.util.Objects::nonNull).forEach(Secret::close);
            }
        }
    }

    /** The item's secret; for an item that asks for the keychain password, after asking for it. */
    private static Secret readSecret(LatchkeyCommand root, Keychain k, Item item) throws LatchkeyException {
        try {
            return k.readSecret(item.id());
        } catch (LatchkeyException e) {
            if (e.status() != Status.INTERACTION_REQUIRED) {
                throw e;
            }
            root.reauthenticate(k);
            return k.readSecret(item.id());
        }
    }

    /** Deletes the first match, or every match with {@code all}. */
    static void delete(LatchkeyCommand root, Keychain k, ItemFields.Selector selector, boolean all)
            throws LatchkeyException {
        if (selector.isEmpty()) {
            throw new LatchkeyException(Status.PARAM, "say which item to delete (for example -s and -a)");
        }
        List<Item> found = find(k, selector.query());
        List<Item> doomed = all ? found : found.subList(0, 1);
        k.deleteAll(doomed.stream().map(Item::id).toList());
        if (root.json) {
            ItemOutput.json(root.context.out(), k.ref().name(), doomed, null, true);
        }
    }
}
