package dev.latchkey.app.recommendations;

import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.model.audit.Recommendation;
import dev.latchkey.model.audit.RecommendationKind;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;

/** Security Recommendations' code-behind: a tile per kind, the findings, the breach check. */
public final class RecommendationsView {
    private static final double TILE_HEIGHT = 88;
    private final RecommendationsViewModel viewModel;
    private final Messages messages;
    private final FileDialogs files;
    private final ToggleGroup kinds = new ToggleGroup();
    @FXML
    private Label subtitle;
    @FXML
    private HBox tiles;
    @FXML
    private Label listTitle;
    @FXML
    private Button showAll;
    @FXML
    private ListView<Recommendation> findings;
    @FXML
    private HBox protectedRow;
    @FXML
    private Label protectedText;
    @FXML
    private Button breachButton;
    @FXML
    private Label breachStatus;
    @FXML
    private HBox progressRow;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label error;
    @FXML
    private Label summary;

    public RecommendationsView(RecommendationsViewModel viewModel, Messages messages, FileDialogs files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
    }

    static String iconOf(RecommendationKind kind) {
        return switch (kind) {
            case BREACHED -> "mdi2s-shield-alert-outline";
            case REUSED -> "mdi2c-content-duplicate";
            case WEAK -> "mdi2g-gauge-low";
            case OTP_WITH_PASSWORD -> "mdi2t-two-factor-authentication";
            case OLD -> "mdi2c-calendar-clock";
        };
    }

    @FXML
    private void initialize() {
        subtitle.setText(messages.get("recommend.subtitle", viewModel.keychainName()));
        for (RecommendationKind kind : RecommendationKind.values()) {
            tiles.getChildren().add(tile(kind));
        }
        kinds.selectedToggleProperty().addListener((o, old, now) ->
                viewModel.filterProperty().set(now == null ? null : (RecommendationKind) now.getUserData()));
        viewModel.filterProperty().addListener((o, old, kind) -> showListTitle(kind));
        showListTitle(null);
        showAll.visibleProperty().bind(viewModel.filterProperty().isNotNull());
        findings.setItems(viewModel.shown());
        findings.setCellFactory(l -> new FindingCell());
        Label empty = new Label();
        empty.getStyleClass().add("placeholder-text");
        empty.textProperty().bind(Bindings.when(viewModel.runningProperty())
                .then(messages.get("recommend.running")).otherwise(messages.get("recommend.none")));
        findings.setPlaceholder(empty);
        findings.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(findings.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        protectedText.textProperty().bind(Bindings.createStringBinding(() ->
                messages.get("recommend.notChecked", viewModel.notCheckedProperty().get()),
                viewModel.notCheckedProperty()));
        protectedRow.visibleProperty().bind(viewModel.notCheckedProperty().greaterThan(0));
        protectedRow.managedProperty().bind(protectedRow.visibleProperty());
        breachStatus.textProperty().bind(viewModel.breachStatusProperty());
        breachButton.disableProperty().bind(viewModel.runningProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        progressRow.visibleProperty().bind(viewModel.runningProperty());
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        Labels.showWhenSet(error, viewModel.errorProperty());
        subtitle.sceneProperty().flatMap(Scene::windowProperty).addListener((o, old, w) -> {
            if (w != null) {
                w.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> viewModel.dispose());
            }
        });
    }

    private ToggleButton tile(RecommendationKind kind) {
        Label count = new Label();
        count.getStyleClass().add("tile-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> kind == RecommendationKind.BREACHED
                && !viewModel.breachesCheckedProperty().get() ? "–"
                : Integer.toString(viewModel.countProperty(kind).get()),
                viewModel.countProperty(kind), viewModel.breachesCheckedProperty()));
        FontIcon icon = new FontIcon(iconOf(kind));
        HBox top = new HBox(8, icon, count);
        top.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(viewModel.kindTitle(kind));
        title.getStyleClass().add("tile-title");
        title.setWrapText(true);
        VBox content = new VBox(4, top, title);
        ToggleButton tile = new ToggleButton(null, content);
        tile.getStyleClass().add("kind-tile");
        tile.setUserData(kind);
        tile.setToggleGroup(kinds);
        // Five equal tiles across; a fixed height, as a wrapping title would ask for a tall one.
        tile.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMinHeight(TILE_HEIGHT);
        tile.setPrefHeight(TILE_HEIGHT);
        tile.setMaxHeight(TILE_HEIGHT);
        tile.setId("tile-" + kind.name());
        viewModel.countProperty(kind).addListener((o, old, n) -> mark(tile, kind));
        mark(tile, kind);
        tile.accessibleTextProperty().bind(Bindings.createStringBinding(() ->
                viewModel.kindTitle(kind) + ": " + count.getText(), count.textProperty()));
        return tile;
    }

    private void mark(ToggleButton tile, RecommendationKind kind) {
        tile.getStyleClass().remove("has-findings");
        if (viewModel.countProperty(kind).get() > 0) {
            tile.getStyleClass().add("has-findings");
        }
    }

    private void showListTitle(RecommendationKind kind) {
        listTitle.setText(kind == null ? messages.get("recommend.all") : viewModel.kindTitle(kind));
        if (kind == null) {
            kinds.selectToggle(null);
        }
    }

    /** A finding: kind icon, item name, what it means and the specifics; double-click opens the item. */
    private final class FindingCell extends ListCell<Recommendation> {
        private final FontIcon icon = new FontIcon();
        private final Label name = new Label();
        private final Label sentence = new Label();
        private final Label detail = new Label();
        private final Button open = new Button(messages.get("recommend.open"));
        private final HBox box;

        FindingCell() {
            icon.setIconSize(20);
            name.getStyleClass().add("finding-name");
            sentence.getStyleClass().add("finding-sentence");
            sentence.setWrapText(true);
            detail.getStyleClass().add("finding-detail");
            VBox text = new VBox(2, name, sentence, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            open.getStyleClass().add("flat");
            open.setFocusTraversable(false);
            open.setOnAction(e -> viewModel.open(getItem()));
            box = new HBox(12, icon, text, open);
            box.setAlignment(Pos.CENTER_LEFT);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    viewModel.open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Recommendation r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            icon.setIconLiteral(iconOf(r.kind()));
            getStyleClass().removeIf(s -> s.startsWith("kind-"));
            getStyleClass().add("kind-" + r.kind().name().toLowerCase(java.util.Locale.ROOT));
            name.setText(r.itemName());
            sentence.setText(viewModel.kindSentence(r.kind()));
            detail.setText(r.detail());
            open.setAccessibleText(messages.get("recommend.open.a11y", r.itemName()));
            setAccessibleText(r.itemName() + ": " + viewModel.kindTitle(r.kind()) + ". " + r.detail());
            setText(null);
            setGraphic(box);
        }
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void showAll() {
        viewModel.filterProperty().set(null);
    }

    @FXML
    private void checkProtected() {
        viewModel.checkProtected();
    }

    @FXML
    private void chooseBreachList() {
        files.chooseOneToOpen(messages.get("recommend.breach.title"), List.of(
                new FileChooser.ExtensionFilter(messages.get("recommend.breach.files"), "*.txt"),
                new FileChooser.ExtensionFilter(messages.get("addCode.file.all"), "*")))
                .ifPresent(viewModel::checkBreaches);
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void close() {
        findings.getScene().getWindow().hide();
    }
}
