package dev.latchkey.app.items;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemSearch;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainListener;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The item table: the shown keychain's rows, filtered by category and search text as the
 * user types, sorted by the table's sort order, and the selection. Loading and sorting run
 * off the UI thread; filtering is an in-memory scan that narrows the previous result while
 * the user keeps typing.
 */
public final class ItemTableViewModel {
    /** What the table area shows. */
    public enum State { NO_KEYCHAIN, LOCKED, LOADING, READY }

    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final ItemTexts texts;
    private final Messages messages;
    private final ObservableList<ItemRow> shown = FXCollections.observableArrayList();
    private final ObservableList<ItemRow> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ObservableList<ItemRow> selection = FXCollections.observableArrayList();
    private final ObservableList<ItemRow> selectionView = FXCollections.unmodifiableObservableList(selection);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(Category.ALL_ITEMS);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_KEYCHAIN);
    private final Map<Category, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Category.class);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ObservableList<Category> listedCategories = FXCollections.observableArrayList();
    private final ObservableList<Category> listedView = FXCollections.unmodifiableObservableList(listedCategories);
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lockedName = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ItemRow> focused = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SelectionSummary> summary = new ReadOnlyObjectWrapper<>(SelectionSummary.NONE);
    private final ReadOnlyObjectWrapper<SelectionRequest> selectionRequest =
            new ReadOnlyObjectWrapper<>(new SelectionRequest(List.of(), 0));
    private final KeychainListener changes;
    private List<Column.SortKey> sortKeys = List.of(new Column.SortKey(Column.NAME, true));
    private Comparator<ItemRow> order = Column.order(sortKeys);
    private RowSet rows = RowSet.EMPTY;
    private Keychain keychain;
    /** The read-only source shown instead of a keychain (System Roots), or null. */
    private KeychainRef readOnly;
    private long generation;
    private String lastQuery;
    private Category lastCategory;
    private List<ItemRow> lastResult = List.of();
    private UUID pendingSelection;
    /** Results of the last searches, so deleting what was just typed costs nothing. */
    private final Map<String, List<ItemRow>> recent = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<ItemRow>> eldest) {
            return size() > 64;
        }
    };

    public ItemTableViewModel(TaskRunner runner, ErrorPresenter errors, ItemTexts texts) {
        this.runner = runner;
        this.errors = errors;
        this.texts = texts;
        this.messages = texts.messages();
        for (Category c : Category.values()) {
            counts.put(c, new ReadOnlyIntegerWrapper());
            if (c.alwaysListed()) {
                listedCategories.add(c);
            }
        }
        changes = k -> runner.onUi(() -> {
            if (k == keychain) {
                reload();
            }
        });
        searchText.addListener((o, old, now) -> refilter(false));
        category.addListener((o, old, now) -> refilter(false));
    }

    // ---- what is shown -------------------------------------------------------------------------

    /** Shows an unlocked keychain's items; loads them in the background. */
    public void show(Keychain unlocked) {
        if (unlocked == keychain) {
            return;
        }
        detach();
        keychain = unlocked;
        keychain.addListener(changes);
        state.set(State.LOADING);
        reload();
    }

    /** Shows a read-only source's items (System Roots), loaded in the background from {@code items}. */
    public void showReadOnly(KeychainRef source, Callable<List<Item>> items) {
        if (source.equals(readOnly)) {
            return;
        }
        detach();
        readOnly = source;
        state.set(State.LOADING);
        long gen = generation;
        Comparator<ItemRow> o = order;
        runner.run(() -> RowSet.of(items.call(), source, RowSet.EMPTY, texts, o))
                .onSuccess(loaded -> {
                    if (gen == generation) {
                        install(loaded);
                        state.set(State.READY);
                    }
                })
                .onFailure(e -> {
                    if (gen == generation) {
                        errors.present(e);
                    }
                })
                .start();
    }

    /** The selected keychain is locked: drop every row (decrypted metadata goes with them). */
    public void showLocked(String keychainName) {
        detach();
        lockedName.set(keychainName);
        state.set(State.LOCKED);
    }

    public void showNothing() {
        detach();
        state.set(State.NO_KEYCHAIN);
    }

    private void detach() {
        if (keychain != null) {
            keychain.removeListener(changes);
        }
        keychain = null;
        readOnly = null;
        generation++;
        install(RowSet.EMPTY);
    }

    /** The keychain whose items are shown, or null. */
    public Keychain keychain() {
        return keychain;
    }

    /** True while a read-only source (System Roots) is shown rather than a keychain. */
    public boolean showsReadOnly() {
        return readOnly != null;
    }

    /** The name of the keychain or read-only source shown, or null. */
    public String sourceName() {
        return keychain != null ? keychain.ref().name() : readOnly != null ? readOnly.name() : null;
    }

    /** Reloads after a change (here or by another process), keeping unchanged rows. */
    public void reload() {
        Keychain k = keychain;
        if (k == null) {
            return;
        }
        long gen = ++generation;
        RowSet previous = rows;
        Comparator<ItemRow> o = order;
        runner.run(() -> RowSet.load(k, previous, texts, o))
                .onSuccess(loaded -> {
                    if (gen == generation) {
                        install(loaded);
                        state.set(State.READY);
                    }
                })
                .onFailure(e -> {
                    if (gen == generation && !ErrorPresenter.hasStatus(e, Status.KEYCHAIN_LOCKED)) {
                        errors.present(e);
                    }
                })
                .start();
    }

    private void install(RowSet next) {
        rows = next;
        total.set(next.rows().size());
        next.counts().forEach((c, n) -> counts.get(c).set(n));
        List<Category> listed = new ArrayList<>();
        for (Category c : Category.values()) {
            if (c.alwaysListed() || next.counts().get(c) > 0) {
                listed.add(c);
            }
        }
        if (!listed.equals(listedCategories)) {
            listedCategories.setAll(listed);
        }
        refilter(true);
    }

    /** Selects the item with this id as soon as it is shown (e.g. one just added). */
    public void selectWhenShown(UUID id) {
        pendingSelection = id;
        ItemRow row = rows.byId().get(id);
        if (row != null && shown.contains(row)) {
            pendingSelection = null;
            requestSelection(List.of(row));
        }
    }

    // ---- filtering and sorting -----------------------------------------------------------------

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    private void refilter(boolean force) {
        String[] terms = ItemSearch.terms(searchText.get());
        // The terms as one string: a query that starts with the previous one matches a subset of it.
        String query = String.join(" ", terms);
        Category c = Objects.requireNonNullElse(category.get(), Category.ALL_ITEMS);
        if (force) {
            recent.clear();
        } else if (c == lastCategory && query.equals(lastQuery)) {
            updateEmptyText(query, c);
            return;
        }
        String key = c.name() + '\n' + query;
        List<ItemRow> result = recent.get(key);
        if (result == null) {
            // A longer query matches a subset of what the shorter one matched: scan only that.
            List<ItemRow> source = !force && c == lastCategory && lastQuery != null && query.startsWith(lastQuery)
                    ? lastResult : rows.rows();
            result = RowSet.filter(source, c, rows.identities(), terms);
            recent.put(key, result);
        }
        lastQuery = query;
        lastCategory = c;
        lastResult = result;
        List<ItemRow> keep = new ArrayList<>();
        for (ItemRow r : selection) {
            ItemRow now = rows.byId().get(r.id());
            if (now != null) {
                keep.add(now);
            }
        }
        shown.setAll(result);
        ItemRow pending = pendingSelection == null ? null : rows.byId().get(pendingSelection);
        if (pending != null && c.matches(pending.item(), rows.identities()) && pending.matches(terms)) {
            pendingSelection = null;
            keep = List.of(pending);
        }
        requestSelection(keep);
        updateEmptyText(query, c);
    }

    private void requestSelection(List<ItemRow> wanted) {
        selectionRequest.set(new SelectionRequest(List.copyOf(wanted), selectionRequest.get().serial() + 1));
    }

    private void updateEmptyText(String query, Category c) {
        String text;
        if (!shown.isEmpty()) {
            text = "";
        } else if (!query.isEmpty()) {
            text = messages.get("table.noMatch", searchText.get().strip());
        } else if (rows.rows().isEmpty()) {
            text = messages.get("table.emptyKeychain");
        } else {
            text = messages.get("table.emptyCategory", messages.get("category." + c.name()));
        }
        emptyText.set(text);
    }

    /** Applies the table's sort order (from clicks on column headers). */
    public void sortBy(List<Column.SortKey> keys) {
        List<Column.SortKey> next = keys.isEmpty() ? List.of(new Column.SortKey(Column.NAME, true)) : List.copyOf(keys);
        if (next.equals(sortKeys)) {
            return;
        }
        sortKeys = next;
        order = Column.order(next);
        long gen = ++generation;
        RowSet current = rows;
        Comparator<ItemRow> o = order;
        runner.run(() -> RowSet.sorted(current.rows(), o, current.identities())).onSuccess(sorted -> {
            if (gen == generation) {
                install(sorted);
            }
        }).start();
    }

    public List<Column.SortKey> sortKeys() {
        return sortKeys;
    }

    // ---- selection -----------------------------------------------------------------------------

    /** The view reports the table's selection here; {@code focusedRow} is the one acted on. */
    public void select(List<ItemRow> selected, ItemRow focusedRow) {
        selection.setAll(selected);
        ItemRow f = focusedRow != null && selected.contains(focusedRow) ? focusedRow
                : selected.isEmpty() ? null : selected.get(selected.size() - 1);
        focused.set(f);
        summary.set(summarize(selected, f));
    }

    private SelectionSummary summarize(List<ItemRow> selected, ItemRow f) {
        if (f == null) {
            return SelectionSummary.NONE;
        }
        if (selected.size() > 1) {
            return new SelectionSummary(selected.size(), null, messages.get("header.many", selected.size()),
                    "", "", "", "");
        }
        return new SelectionSummary(1, f.item().itemClass(), f.name(), f.kind(), f.account(), texts.where(f.item()),
                texts.date(f.modified()));
    }

    public ObservableList<ItemRow> rows() {
        return shownView;
    }

    public ObservableList<ItemRow> selection() {
        return selectionView;
    }

    public ReadOnlyObjectProperty<ItemRow> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SelectionSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Rows the view should select after the rows changed (the previous selection, or a new item). */
    public ReadOnlyObjectProperty<SelectionRequest> selectionRequestProperty() {
        return selectionRequest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The sidebar's categories: the usual three, and the others once there are such items. */
    public ObservableList<Category> listedCategories() {
        return listedView;
    }

    public ReadOnlyIntegerProperty countProperty(Category c) {
        return counts.get(c).getReadOnlyProperty();
    }

    /** The name of the locked keychain the table stands for. */
    public ReadOnlyStringProperty lockedNameProperty() {
        return lockedName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** Rows to select; the serial makes every request a change, even for the same rows. */
    public record SelectionRequest(List<ItemRow> rows, long serial) {
    }
}
