package dev.latchkey.model.item;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What free-text search matches, the one definition behind every search (the window's table,
 * Quick Fill, {@code Keychain.search}): every whitespace-separated term must occur in the
 * item's name, account, service, server, path, comment, kind, web addresses or tags,
 * compared case- and accent-folded, so "Café" and "cafe" find each other.
 */
public final class ItemSearch {
    private static final Attribute[] SEARCHED = {Attribute.LABEL, Attribute.ACCOUNT, Attribute.SERVICE,
        Attribute.SERVER, Attribute.PATH, Attribute.COMMENT};
    private static final String[] NO_TERMS = new String[0];

    private ItemSearch() {
    }

    /**
     * Text as it is sorted and searched: lower case, accents dropped ("Café" and "cafe" are
     * one), so a search is a plain substring scan.
     */
    public static String fold(String text) {
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

    /** The item's searchable text, folded, one field a line (terms never contain a line break). */
    public static String text(Item item) {
        ItemAttributes a = item.attributes();
        StringBuilder sb = new StringBuilder(96);
        for (Attribute attribute : SEARCHED) {
            a.string(attribute).ifPresent(v -> sb.append(v).append('\n'));
        }
        sb.append(item.kind()).append('\n');
        for (String url : a.list(Attribute.URLS)) {
            sb.append(url).append('\n');
        }
        for (String tag : a.list(Attribute.TAGS)) {
            sb.append(tag).append('\n');
        }
        return fold(sb.toString());
    }

    /** The folded terms of what a user typed; none for blank text. */
    public static String[] terms(String query) {
        if (query == null || query.isBlank()) {
            return NO_TERMS;
        }
        return fold(query.strip()).split("\\s+");
    }

    /** Whether a {@link #text} contains every one of {@link #terms}. */
    public static boolean matches(String text, String[] terms) {
        for (String t : terms) {
            if (!text.contains(t)) {
                return false;
            }
        }
        return true;
    }
}
