package dev.latchkey.app.items;

import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.KeychainRef;
import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One table row: an item's metadata with everything the table shows, sorts and searches
 * computed once when the keychain loads, so sorting and filtering 100,000 rows stay cheap.
 */
public final class ItemRow {
    private final Item item;
    private final KeychainRef keychain;
    private final String name;
    private final String kind;
    private final String account;
    private final String where;
    private final Instant modified;
    private final String haystack;
    private final CollationKey nameKey;
    private final CollationKey kindKey;

    private ItemRow(Item item, KeychainRef keychain, ItemTexts texts, Collator collator) {
        this.item = item;
        this.keychain = keychain;
        this.name = item.displayName();
        this.kind = texts.kind(item);
        this.account = item.attributes().text(Attribute.ACCOUNT);
        this.where = texts.where(item);
        this.modified = item.attributes().instant(Attribute.MODIFIED).orElse(null);
        this.haystack = String.join("\n", name, account, item.attributes().text(Attribute.SERVICE),
                item.attributes().text(Attribute.SERVER), item.attributes().text(Attribute.COMMENT))
                .toLowerCase(Locale.ROOT);
        this.nameKey = collator.getCollationKey(name);
        this.kindKey = collator.getCollationKey(kind);
    }

    /** Collators are not thread-safe: give each building thread its own. */
    public static ItemRow of(Item item, KeychainRef keychain, ItemTexts texts, Collator collator) {
        return new ItemRow(item, keychain, texts, collator);
    }

    public static Collator newCollator(Locale locale) {
        Collator c = Collator.getInstance(locale);
        c.setStrength(Collator.SECONDARY);
        return c;
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

    public String where() {
        return where;
    }

    public Instant modified() {
        return modified;
    }

    CollationKey nameKey() {
        return nameKey;
    }

    CollationKey kindKey() {
        return kindKey;
    }

    /** Whether every term (lower-case) occurs in the name, account, service, server or comment. */
    boolean matches(String[] terms) {
        for (String t : terms) {
            if (!haystack.contains(t)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "ItemRow[" + item + "]";
    }
}
