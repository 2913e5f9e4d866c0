package dev.latchkey.app.items;

import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.KeychainRef;
import java.text.Normalizer;
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
        this.haystack = fold(String.join("\n", name, account, item.attributes().text(Attribute.SERVICE),
                item.attributes().text(Attribute.SERVER), item.attributes().text(Attribute.COMMENT)));
        this.nameKey = fold(name);
        this.kindKey = fold(kind);
    }

    public static ItemRow of(Item item, KeychainRef keychain, ItemTexts texts) {
        return new ItemRow(item, keychain, texts);
    }

    /**
     * Text as it is sorted and searched: lower case, accents dropped ("Café" and "cafe" are
     * one), so sorting compares plain strings and a search is a plain substring scan.
     */
    static String fold(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == text.length()) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int j = 0; j < decomposed.length(); j++) {
            char c = decomposed.charAt(j);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
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

    /** Whether every (folded) term occurs in the name, account, service, server or comment. */
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
