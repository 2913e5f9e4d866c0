package dev.latchkey.app.quickfill;

import dev.latchkey.app.items.KindIcons;
import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.Messages;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;

/** Quick Fill's code-behind: the search field, the results, and the keys. */
public final class QuickFillView {
    static final KeyCombination COPY_ACCOUNT = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COPY_CODE = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SEQUENCE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination AUTO_TYPE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination COPY_PASSWORD = new KeyCodeCombination(KeyCode.ENTER);

    private final QuickFillViewModel viewModel;
    private final Messages messages;
    private boolean swallowTyped;
    @FXML
    private TextField queryField;
    @FXML
    private Label mode;
    @FXML
    private ListView<QuickFillResult> resultList;
    @FXML
    private Label status;
    @FXML
    private Label autoTypeHint;
    @FXML
    private Label shortcutHint;
    @FXML
    private Label sequenceHint;

    public QuickFillView(QuickFillViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        queryField.textProperty().bindBidirectional(viewModel.queryProperty());
        Labels.showWhenSet(mode, viewModel.modeProperty());
        Labels.showWhenSet(status, viewModel.statusProperty());
        autoTypeHint.setText(viewModel.autoTypeHint());
        shortcutHint.textProperty().bind(viewModel.shortcutHintBinding());
        sequenceHint.setText(viewModel.sequenceHint());
        resultList.setItems(viewModel.results());
        resultList.setCellFactory(l -> new ResultCell());
        Label empty = new Label();
        empty.getStyleClass().add("placeholder-text");
        empty.textProperty().bind(viewModel.statusProperty());
        resultList.setPlaceholder(empty);
        // A new list clears the list's selection even when its best match equals the old one
        // (and then the selected property reports no change): show it again after either.
        viewModel.selectedProperty().addListener((o, old, now) -> showSelected());
        viewModel.results().addListener((ListChangeListener<QuickFillResult>) change -> showSelected());
        resultList.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            // Only the user's choice: the list's own moves while its items are replaced are not.
            if (now != null && now != viewModel.selectedProperty().get() && viewModel.results().contains(now)) {
                viewModel.selectedProperty().set(now);
            }
        });
        resultList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                viewModel.copyPassword();
            }
        });
        queryField.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
                scene.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
            }
        });
        queryField.sceneProperty().flatMap(Scene::windowProperty).addListener((o, old, w) -> {
            if (w != null) {
                w.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                    queryField.requestFocus();
                    queryField.selectAll();
                });
            }
        });
        viewModel.closeRequestedProperty().addListener((o, was, close) -> {
            if (close && window() != null) {
                window().hide();
            }
        });
    }

    private void showSelected() {
        QuickFillResult now = viewModel.selectedProperty().get();
        if (now == null) {
            resultList.getSelectionModel().clearSelection();
            return;
        }
        resultList.getSelectionModel().select(now);
        resultList.scrollTo(now);
    }

    private Window window() {
        return queryField.getScene() == null ? null : queryField.getScene().getWindow();
    }

    /** A key that moved the sequence on types nothing into the search field. */
    private void typed(KeyEvent e) {
        if (swallowTyped) {
            swallowTyped = false;
            e.consume();
        }
    }

    /** Every key goes through here first: the sequence takes any key, the shortcuts act. */
    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code.isModifierKey()) {
            return;
        }
        swallowTyped = false;
        if (viewModel.sequenceRunningProperty().get()) {
            swallowTyped = true;
            if (code == KeyCode.ESCAPE) {
                viewModel.stopSequence();
            } else {
                viewModel.keyPressed();
            }
            e.consume();
            return;
        }
        if (code == KeyCode.ESCAPE) {
            window().hide();
        } else if (SEQUENCE.match(e)) {
            viewModel.startSequence();
        } else if (COPY_PASSWORD.match(e)) {
            viewModel.copyPassword();
        } else if (COPY_ACCOUNT.match(e)) {
            viewModel.copyAccount();
        } else if (COPY_CODE.match(e)) {
            viewModel.copyCode();
        } else if (AUTO_TYPE.match(e)) {
            viewModel.autoType();
        } else if (code == KeyCode.DOWN) {
            viewModel.move(1);
        } else if (code == KeyCode.UP) {
            viewModel.move(-1);
        } else {
            return;
        }
        e.consume();
    }

    /** A result: kind icon, name, account and where; a warning for an https password on an http page. */
    private final class ResultCell extends ListCell<QuickFillResult> {
        private final FontIcon icon = new FontIcon();
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Label badges = new Label();
        private final HBox box;

        ResultCell() {
            icon.setIconSize(18);
            name.getStyleClass().add("result-name");
            detail.getStyleClass().add("result-detail");
            VBox text = new VBox(1, name, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            badges.getStyleClass().add("result-detail");
            box = new HBox(10, icon, text, badges);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(QuickFillResult r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            icon.setIconLiteral(KindIcons.of(r.item().itemClass()));
            name.setText(r.name());
            String where = r.where();
            detail.setText(r.account().isEmpty() ? where : where.isEmpty() ? r.account() : r.account() + "  ·  " + where);
            badges.getStyleClass().remove("insecure");
            if (r.insecure()) {
                badges.setText(messages.get("quickfill.insecure"));
                badges.setGraphic(new FontIcon("mdi2a-alert-outline"));
                badges.getStyleClass().add("insecure");
            } else if (r.hasCode()) {
                badges.setText(null);
                badges.setGraphic(new FontIcon("mdi2t-two-factor-authentication"));
            } else {
                badges.setText(null);
                badges.setGraphic(null);
            }
            setAccessibleText(r.name() + (r.account().isEmpty() ? "" : ", " + r.account())
                    + (r.insecure() ? ", " + messages.get("quickfill.insecure") : ""));
            setText(null);
            setGraphic(box);
        }
    }
}
