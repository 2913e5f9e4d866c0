package dev.latchkey.app.codes;

import dev.latchkey.app.toolkit.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;

/** The Verification Codes category's code-behind: the list of live codes. */
public final class CodesView {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final CodesViewModel viewModel;
    private final Messages messages;
    @FXML
    private ListView<LiveCode> codeList;

    public CodesView(CodesViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        codeList.setItems(viewModel.codes());
        codeList.setCellFactory(l -> new CodeCell(viewModel, messages));
        Label empty = new Label();
        empty.getStyleClass().add("placeholder-text");
        empty.textProperty().bind(viewModel.table().emptyTextProperty());
        empty.setWrapText(true);
        codeList.setPlaceholder(empty);
        codeList.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.select(now);
            }
        });
        // Follow the table's focus (an item just added, one chosen elsewhere).
        viewModel.table().focusedProperty().addListener((o, old, now) -> showFocused());
        viewModel.codes().addListener((javafx.collections.ListChangeListener<LiveCode>) c -> showFocused());
        codeList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || COPY.match(e)) {
                viewModel.copy(codeList.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    private void showFocused() {
        LiveCode focused = viewModel.focused();
        if (focused != null && focused != codeList.getSelectionModel().getSelectedItem()) {
            codeList.getSelectionModel().select(focused);
            codeList.scrollTo(focused);
        }
    }

    /** Shows the view while the category is selected (it lies over the item table). */
    public void bindVisibility(Region root) {
        root.visibleProperty().bind(viewModel.activeBinding());
    }

    public ListView<LiveCode> list() {
        return codeList;
    }

    @FXML
    private void addCode() {
        viewModel.addCode();
    }
}
