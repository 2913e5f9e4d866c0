package dev.latchkey.app.settings;

import java.util.List;

/**
 * The window's own settings, kept under "gui" in {@code settings.json}: theme, clipboard
 * clear delay, window bounds, the table's columns and sort order, and whether Quick Fill's
 * shortcut works from any application. Holds no secrets.
 */
public record GuiSettings(Theme theme, int clipboardClearSeconds, WindowBounds window, List<ColumnLayout> columns,
        List<SortSetting> sort, Boolean quickFillEverywhere) {
    public static final int MIN_CLIPBOARD_SECONDS = 5;
    public static final int MAX_CLIPBOARD_SECONDS = 600;
    public static final GuiSettings DEFAULT = new GuiSettings(Theme.SYSTEM, 30, null, List.of(), List.of(), true);

    public GuiSettings {
        theme = theme == null ? Theme.SYSTEM : theme;
        clipboardClearSeconds = Math.max(MIN_CLIPBOARD_SECONDS, Math.min(MAX_CLIPBOARD_SECONDS,
                clipboardClearSeconds == 0 ? 30 : clipboardClearSeconds));
        columns = columns == null ? List.of() : List.copyOf(columns);
        sort = sort == null ? List.of() : List.copyOf(sort);
        // Settings written before the switch existed: the shortcut was on.
        quickFillEverywhere = quickFillEverywhere == null || quickFillEverywhere;
    }

    public GuiSettings withTheme(Theme t) {
        return new GuiSettings(t, clipboardClearSeconds, window, columns, sort, quickFillEverywhere);
    }

    public GuiSettings withClipboardClearSeconds(int seconds) {
        return new GuiSettings(theme, seconds, window, columns, sort, quickFillEverywhere);
    }

    public GuiSettings withLayout(WindowBounds w, List<ColumnLayout> c, List<SortSetting> s) {
        return new GuiSettings(theme, clipboardClearSeconds, w, c, s, quickFillEverywhere);
    }

    /** Whether Quick Fill's shortcut is taken for the whole desktop, not only Latchkey's windows. */
    public GuiSettings withQuickFillEverywhere(boolean on) {
        return new GuiSettings(theme, clipboardClearSeconds, window, columns, sort, on);
    }

    /** Where the main window was and how big. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    /** A table column in display order: its id, width and whether it is shown. */
    public record ColumnLayout(String id, double width, boolean visible) {
    }

    /** One sort key of the table. */
    public record SortSetting(String column, boolean ascending) {
    }
}
