package dev.latchkey.app.codes;

import dev.latchkey.app.toolkit.Messages;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;

/** The inspector's one-time code row: code, countdown, copy, show, export; or "Set Up". */
public final class ItemCodeView {
    private final ItemCodeViewModel viewModel;
    private final Messages messages;
    private final CountdownRing ring = new CountdownRing(13);
    private final FontIcon counterIcon = new FontIcon("mdi2c-counter");
    private final InvalidationListener refresh = this::show;
    @FXML
    private HBox codeBox;
    @FXML
    private StackPane badge;
    @FXML
    private Label codeText;
    @FXML
    private Button copyButton;
    @FXML
    private Button revealButton;
    @FXML
    private Button exportButton;
    @FXML
    private Label codeNotice;
    @FXML
    private Button setUpButton;
    private LiveCode watched;

    public ItemCodeView(ItemCodeViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        codeNotice.textProperty().bind(viewModel.noticeProperty());
        copyButton.setTooltip(new Tooltip(messages.get("itemCode.copy")));
        exportButton.setTooltip(new Tooltip(messages.get("itemCode.exportTip")));
        viewModel.codeProperty().addListener((o, old, now) -> watch(now));
        watch(viewModel.codeProperty().get());
        codeBox.sceneProperty().flatMap(Scene::windowProperty).addListener((o, old, w) -> {
            if (w != null) {
                w.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> viewModel.dispose());
            }
        });
    }

    private void watch(LiveCode c) {
        if (watched != null) {
            for (Observable o : observed(watched)) {
                o.removeListener(refresh);
            }
        }
        watched = c;
        if (c != null) {
            for (Observable o : observed(c)) {
                o.addListener(refresh);
            }
        }
        show(null);
    }

    private static Observable[] observed(LiveCode c) {
        return new Observable[] {c.stateProperty(), c.codeProperty(), c.secondsLeftProperty(), c.fractionLeftProperty(),
            c.problemProperty()};
    }

    private void show(Observable ignored) {
        LiveCode c = watched;
        codeBox.setVisible(c != null);
        setUpButton.setVisible(c == null && viewModel.canSetUp());
        if (c == null) {
            return;
        }
        LiveCode.State state = c.stateProperty().get();
        boolean failed = state == LiveCode.State.FAILED;
        codeText.setText(failed ? c.problemProperty().get() : state == LiveCode.State.COUNTER
                ? messages.get("itemCode.counter") : c.codeProperty().get());
        codeText.getStyleClass().remove("field-error");
        if (failed) {
            codeText.getStyleClass().add("field-error");
        }
        boolean protectedCode = state == LiveCode.State.PROTECTED;
        revealButton.setVisible(protectedCode);
        revealButton.setManaged(protectedCode);
        copyButton.setVisible(!protectedCode && !failed);
        copyButton.setManaged(!protectedCode && !failed);
        copyButton.setText(c.isCounterBased() ? messages.get("codes.next") : null);
        if (c.isCounterBased() || failed || protectedCode) {
            counterIcon.setIconLiteral(failed ? "mdi2a-alert-circle-outline"
                    : protectedCode ? "mdi2l-lock-outline" : "mdi2c-counter");
            badge.getChildren().setAll(counterIcon);
        } else {
            ring.fractionProperty().set(c.fractionLeftProperty().get());
            ring.secondsProperty().set(c.secondsLeftProperty().get());
            if (badge.getChildren().size() != 1 || badge.getChildren().get(0) != ring) {
                badge.getChildren().setAll(ring);
            }
        }
        codeText.setAccessibleText(messages.get("codes.codeA11y", c.name(), codeText.getText()));
    }

    @FXML
    private void copy() {
        viewModel.copy();
    }

    @FXML
    private void reveal() {
        viewModel.reveal();
    }

    @FXML
    private void export() {
        viewModel.export();
    }

    @FXML
    private void setUp() {
        viewModel.setUpCode();
    }
}
