package dev.latchkey.model.keychain;

import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemSearch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A snapshot of every item's folded search text ({@link ItemSearch#text}) joined into one string, so a term is
 * found by one {@link String#indexOf} pass over all of it (vectorised by the JVM) instead of
 * one {@code contains} call per item: about ten times faster at 100,000 items. Immutable;
 * {@link ItemCache} builds a new one after changes.
 */
final class ItemSearchIndex {
    /** Between items; terms are split on whitespace, so they never contain it. */
    private static final char SEPARATOR = '\n';

    private final String text;
    /** Where each item's text starts in {@link #text}; one extra entry past the end. */
    private final int[] starts;
    private final String[] haystacks;
    private final Item[] items;
    private final long version;

    private ItemSearchIndex(String text, int[] starts, String[] haystacks, Item[] items, long version) {
        this.text = text;
        this.starts = starts;
        this.haystacks = haystacks;
        this.items = items;
        this.version = version;
    }

    /** An index of {@code items} with their search texts, built from cache state {@code version}. */
    static ItemSearchIndex of(List<Item> items, List<String> haystacks, long version) {
        int n = items.size();
        long length = 0;
        for (String h : haystacks) {
            length += h.length() + 1;
        }
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, length));
        int[] starts = new int[n + 1];
        for (int i = 0; i < n; i++) {
            starts[i] = sb.length();
            sb.append(haystacks.get(i)).append(SEPARATOR);
        }
        starts[n] = sb.length();
        return new ItemSearchIndex(sb.toString(), starts, haystacks.toArray(new String[0]),
                items.toArray(new Item[0]), version);
    }

    long version() {
        return version;
    }

    /** Items whose text contains every term (from {@link ItemSearch#terms}, at least one). */
    List<Item> search(String[] terms) {
        String first = terms[0];
        for (String t : terms) {
            if (t.length() > first.length()) {
                first = t;
            }
        }
        List<Item> out = new ArrayList<>();
        int from = 0;
        while ((from = text.indexOf(first, from)) >= 0) {
            int i = itemAt(from);
            if (ItemSearch.matches(haystacks[i], terms)) {
                out.add(items[i]);
            }
            from = starts[i + 1]; // one hit per item is enough
        }
        return out;
    }

    private int itemAt(int position) {
        int i = Arrays.binarySearch(starts, position);
        return i >= 0 ? i : -i - 2;
    }
}
