package dev.latchkey.app.items;

import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemSearch;
import dev.latchkey.model.keychain.KeychainRef;
import java.time.Instant;
import java.util.UUID;

/**
 * One table row: an item's metadata with everything the table shows, sorts and searches
 * (the model's {@link ItemSearch} text) computed once when the keychain loads, so sorting and filtering 100,000 rows stay cheap.
 */
public final class ItemRow {
    private final Item item;
    private final KeychainRef keychain;
    private final String name;
    private final String kind;
    private final String account;
    private final Instant modified;
    private final String haystack;
    private final String nameKey;
    private final String kindKey;

    private ItemRow(Item item, KeychainRef keychain, ItemTexts texts) {
        this.item = item;
        this.keychain = keychain;
        this.name = item.displayName();
        this.kind = texts.kind(item);
        this.account = item.attributes().text(Attribute.ACCOUNT);
        this.modified = item.attributes().instant(Attribute.MODIFIED).orElse(null);
        this.haystack = ItemSearch.text(item);
        this.nameKey = ItemSearch.fold(name);
        this.kindKey = ItemSearch.fold(kind);
    }

    public static ItemRow of(Item item, KeychainRef keychain, ItemTexts texts) {
        return new ItemRow(item, keychain, texts);
    }

    public Item item() {
        return item;
    }

    public UUID id() {
        return item.id();
    }

    public KeychainRef keychain() {
        return keychain;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public String account() {
        return account;
    }

    public Instant modified() {
        return modified;
    }

    String nameKey() {
        return nameKey;
    }

    String kindKey() {
        return kindKey;
    }

    /** Whether the item matches every term of {@link ItemSearch#terms}, as the model's search does. */
    boolean matches(String[] terms) {
        return ItemSearch.matches(haystack, terms);
    }

    @Override
    public String toString() {
        return "ItemRow[" + item + "]";
    }
}
