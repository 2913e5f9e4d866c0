package dev.latchkey.app.items;

import dev.latchkey.app.settings.GuiSettings;
import dev.latchkey.app.toolkit.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The item table's code-behind: columns, sorting forwarded to the view model, selection both
 * ways, the header summarising the selection, and the locked / loading / empty states.
 */
public final class ItemTableView {
    private final ItemTableViewModel viewModel;
    private final ItemActions actions;
    private final ItemTexts texts;
    private final Messages messages;
    /** True while the view applies a selection the view model asked for. */
    private boolean applyingSelection;
    @FXML
    private HBox header;
    @FXML
    private FontIcon headerIcon;
    @FXML
    private VBox headerText;
    @FXML
    private Label headerTitle;
    @FXML
    private Label headerDetails;
    @FXML
    private Label headerModified;
    @FXML
    private TableView<ItemRow> table;
    @FXML
    private TableColumn<ItemRow, ItemRow> nameColumn;
    @FXML
    private TableColumn<ItemRow, String> kindColumn;
    @FXML
    private TableColumn<ItemRow, ItemRow> modifiedColumn;
    @FXML
    private TableColumn<ItemRow, String> keychainColumn;
    @FXML
    private Label emptyText;
    @FXML
    private VBox lockedPane;
    @FXML
    private Label lockedTitle;
    @FXML
    private Button unlockButton;
    @FXML
    private VBox loadingPane;
    @FXML
    private VBox noKeychainPane;
    @FXML
    private MenuItem copyPasswordItem;
    @FXML
    private MenuItem copyAccountItem;
    @FXML
    private MenuItem getInfoItem;
    @FXML
    private MenuItem deleteItem;

    public ItemTableView(ItemTableViewModel viewModel, ItemActions actions, ItemTexts texts, Messages messages) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.texts = texts;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        setUpColumns();
        table.setItems(viewModel.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setSortPolicy(t -> {
            List<Column.SortKey> keys = new ArrayList<>();
            for (TableColumn<ItemRow, ?> c : t.getSortOrder()) {
                keys.add(new Column.SortKey((Column) c.getUserData(), c.getSortType() == TableColumn.SortType.ASCENDING));
            }
            viewModel.sortBy(keys);
            return true;
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ItemRow>) c -> reportSelection());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> reportSelection());
        viewModel.selectionRequestProperty().addListener((o, old, request) -> applySelection(request.rows()));
        table.setRowFactory(t -> {
            TableRow<ItemRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.getInfo();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                actions.deleteSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                actions.getInfo();
                e.consume();
            }
        });
        emptyText.textProperty().bind(viewModel.emptyTextProperty());
        bindHeader();
        bindStates();
        copyPasswordItem.disableProperty().bind(Bindings.not(actions.canCopyPassword()));
        copyAccountItem.disableProperty().bind(Bindings.not(actions.canCopyAccount()));
        getInfoItem.disableProperty().bind(Bindings.not(actions.hasFocusedItem()));
        deleteItem.disableProperty().bind(Bindings.isEmpty(viewModel.selection()));
    }

    private void setUpColumns() {
        nameColumn.setUserData(Column.NAME);
        kindColumn.setUserData(Column.KIND);
        modifiedColumn.setUserData(Column.MODIFIED);
        keychainColumn.setUserData(Column.KEYCHAIN);
        nameColumn.setId("NAME");
        kindColumn.setId("KIND");
        modifiedColumn.setId("MODIFIED");
        keychainColumn.setId("KEYCHAIN");
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        nameColumn.setCellFactory(c -> new NameCell());
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        modifiedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        modifiedColumn.setCellFactory(c -> new TextCell<>(r -> texts.date(r.modified())));
        keychainColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().keychain().name()));
        nameColumn.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(List.of(nameColumn));
    }

    /** The name with the item's kind icon. */
    private static final class NameCell extends TableCell<ItemRow, ItemRow> {
        private final FontIcon icon = new FontIcon();

        NameCell() {
            icon.setIconSize(16);
            setGraphicTextGap(8);
        }

        @Override
        protected void updateItem(ItemRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
            } else {
                icon.setIconLiteral(KindIcons.of(row.item().itemClass()));
                setText(row.name());
                setGraphic(icon);
            }
        }
    }

    /** A cell showing one derived text of the row. */
    private static final class TextCell<T> extends TableCell<ItemRow, T> {
        private final Function<T, String> text;

        TextCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : text.apply(value));
        }
    }

    private void reportSelection() {
        if (applyingSelection) {
            return;
        }
        viewModel.select(List.copyOf(table.getSelectionModel().getSelectedItems()),
                table.getSelectionModel().getSelectedItem());
    }

    private void applySelection(List<ItemRow> rows) {
        applyingSelection = true;
        try {
            table.getSelectionModel().clearSelection();
            for (ItemRow r : rows) {
                table.getSelectionModel().select(r);
            }
            if (rows.size() == 1) {
                int index = table.getItems().indexOf(rows.get(0));
                if (index >= 0) {
                    table.scrollTo(Math.max(0, index - 3));
                }
            }
        } finally {
            applyingSelection = false;
        }
        reportSelection();
    }

    private void bindHeader() {
        viewModel.summaryProperty().addListener((o, old, s) -> showSummary(s));
        viewModel.totalProperty().addListener((o, old, n) -> showSummary(viewModel.summaryProperty().get()));
        viewModel.stateProperty().addListener((o, old, n) -> showSummary(viewModel.summaryProperty().get()));
        showSummary(viewModel.summaryProperty().get());
    }

    private void showSummary(SelectionSummary s) {
        headerIcon.setIconLiteral(KindIcons.of(s.itemClass()));
        if (s.count() == 0) {
            String shown = viewModel.sourceName();
            headerTitle.setText(shown == null ? messages.get("header.noKeychain") : shown);
            headerDetails.setText(shown == null ? "" : messages.get("status.items", viewModel.totalProperty().get()));
            headerModified.setText(shown == null ? "" : messages.get("header.hint"));
        } else if (s.count() > 1) {
            headerIcon.setIconLiteral("mdi2f-format-list-bulleted");
            headerTitle.setText(s.title());
            headerDetails.setText("");
            headerModified.setText("");
        } else {
            headerTitle.setText(s.title());
            List<String> parts = new ArrayList<>();
            parts.add(s.kind());
            if (!s.account().isEmpty()) {
                parts.add(s.account());
            }
            if (!s.where().isEmpty()) {
                parts.add(s.where());
            }
            headerDetails.setText(String.join("  ·  ", parts));
            headerModified.setText(s.modified().isEmpty() ? "" : messages.get("header.modified", s.modified()));
        }
    }

    private void bindStates() {
        var state = viewModel.stateProperty();
        lockedPane.visibleProperty().bind(state.isEqualTo(ItemTableViewModel.State.LOCKED));
        loadingPane.visibleProperty().bind(state.isEqualTo(ItemTableViewModel.State.LOADING));
        noKeychainPane.visibleProperty().bind(state.isEqualTo(ItemTableViewModel.State.NO_KEYCHAIN));
        header.visibleProperty().bind(state.isEqualTo(ItemTableViewModel.State.READY));
        header.managedProperty().bind(header.visibleProperty());
        lockedTitle.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("table.locked.title", viewModel.lockedNameProperty().get()),
                viewModel.lockedNameProperty()));
    }

    // ---- layout (remembered between runs) ------------------------------------------------------

    public List<GuiSettings.ColumnLayout> columnLayout() {
        List<GuiSettings.ColumnLayout> out = new ArrayList<>();
        for (TableColumn<ItemRow, ?> c : table.getColumns()) {
            out.add(new GuiSettings.ColumnLayout(c.getId(), c.getWidth(), c.isVisible()));
        }
        return out;
    }

    public List<GuiSettings.SortSetting> sortLayout() {
        List<GuiSettings.SortSetting> out = new ArrayList<>();
        for (TableColumn<ItemRow, ?> c : table.getSortOrder()) {
            out.add(new GuiSettings.SortSetting(c.getId(), c.getSortType() == TableColumn.SortType.ASCENDING));
        }
        return out;
    }

    /** Restores saved column order, widths, visibility and sort order; unknown ids are ignored. */
    public void applyLayout(List<GuiSettings.ColumnLayout> columns, List<GuiSettings.SortSetting> sort) {
        Map<String, TableColumn<ItemRow, ?>> byId = new java.util.HashMap<>();
        for (TableColumn<ItemRow, ?> c : table.getColumns()) {
            byId.put(c.getId(), c);
        }
        if (!columns.isEmpty()) {
            List<TableColumn<ItemRow, ?>> ordered = new ArrayList<>(table.getColumns());
            List<String> ids = columns.stream().map(GuiSettings.ColumnLayout::id).toList();
            ordered.sort(Comparator.comparingInt(c -> ids.contains(c.getId()) ? ids.indexOf(c.getId()) : ids.size()));
            table.getColumns().setAll(ordered);
            for (GuiSettings.ColumnLayout l : columns) {
                TableColumn<ItemRow, ?> c = byId.get(l.id());
                if (c != null) {
                    c.setPrefWidth(Math.max(40, l.width()));
                    c.setVisible(l.visible() || c == nameColumn);
                }
            }
        }
        List<TableColumn<ItemRow, ?>> order = new ArrayList<>();
        for (GuiSettings.SortSetting s : sort) {
            TableColumn<ItemRow, ?> c = byId.get(s.column());
            if (c != null) {
                c.setSortType(s.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                order.add(c);
            }
        }
        if (!order.isEmpty()) {
            table.getSortOrder().setAll(order);
        }
    }

    public TableView<ItemRow> table() {
        return table;
    }

    /** Adds a line under the header's details (the certificate trust banner). */
    public void addToHeader(javafx.scene.Node line) {
        headerText.getChildren().add(line);
    }

    // ---- actions -------------------------------------------------------------------------------

    @FXML
    private void copyPassword() {
        actions.copyPassword();
    }

    @FXML
    private void copyAccount() {
        actions.copyAccount();
    }

    @FXML
    private void getInfo() {
        actions.getInfo();
    }

    @FXML
    private void delete() {
        actions.deleteSelected();
    }

    @FXML
    private void unlock() {
        actions.unlockShown();
    }

    @FXML
    private void newKeychain() {
        actions.newKeychain();
    }
}
