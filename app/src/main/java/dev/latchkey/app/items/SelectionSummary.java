package dev.latchkey.app.items;

import dev.latchkey.model.item.ItemClass;

/** What the header above the table says about the selection. */
public record SelectionSummary(int count, ItemClass itemClass, String title, String kind, String account,
        String where, String modified) {
    public static final SelectionSummary NONE = new SelectionSummary(0, null, "", "", "", "", "");
}
