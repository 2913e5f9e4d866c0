package dev.latchkey.app.items;

import java.util.Comparator;

/** The table's columns and how each sorts (ties broken by name, then by id, so order is stable). */
public enum Column {
    NAME(Comparator.comparing(ItemRow::nameKey)),
    KIND(Comparator.comparing(ItemRow::kindKey)),
    MODIFIED(Comparator.comparing(ItemRow::modified, Comparator.nullsFirst(Comparator.naturalOrder()))),
    KEYCHAIN(Comparator.comparing(r -> r.keychain().name(), String.CASE_INSENSITIVE_ORDER));

    private static final Comparator<ItemRow> TIE_BREAK = Comparator.comparing(ItemRow::nameKey)
            .thenComparing(ItemRow::id);

    private final Comparator<ItemRow> comparator;

    Column(Comparator<ItemRow> comparator) {
        this.comparator = comparator;
    }

    Comparator<ItemRow> comparator() {
        return comparator;
    }

    /** A column to sort by and its direction. */
    public record SortKey(Column column, boolean ascending) {
    }

    /** The row order for these sort keys (by name when there are none). */
    static Comparator<ItemRow> order(java.util.List<SortKey> keys) {
        Comparator<ItemRow> order = null;
        for (SortKey k : keys) {
            Comparator<ItemRow> c = k.ascending() ? k.column().comparator() : k.column().comparator().reversed();
            order = order == null ? c : order.thenComparing(c);
        }
        return order == null ? TIE_BREAK : order.thenComparing(TIE_BREAK);
    }
}
