package dev.latchkey.app.codes;

import dev.latchkey.app.toolkit.Messages;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One code in the list: countdown ring (or the kind of code), name and account, the code
 * itself (click to copy) and the action that fits its state: copy, Next Code, or Show.
 */
final class CodeCell extends ListCell<LiveCode> {
    private final CodesViewModel viewModel;
    private final Messages messages;
    private final CountdownRing ring = new CountdownRing(15);
    private final FontIcon stateIcon = new FontIcon();
    private final StackPane badge = new StackPane();
    private final Label name = new Label();
    private final Label detail = new Label();
    private final Button code = new Button();
    private final Button action = new Button();
    private final Tooltip codeTip = new Tooltip();
    private final HBox box;
    private final InvalidationListener refresh = this::show;
    private LiveCode shown;

    CodeCell(CodesViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        badge.getStyleClass().add("code-badge");
        badge.setMinWidth(40);
        name.getStyleClass().add("code-name");
        detail.getStyleClass().add("code-detail");
        VBox text = new VBox(2, name, detail);
        text.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        code.getStyleClass().addAll("code-text", "flat");
        code.setTooltip(codeTip);
        code.setFocusTraversable(false);
        code.setOnAction(e -> viewModel.copy(shown));
        action.getStyleClass().addAll("code-action");
        action.setFocusTraversable(false);
        action.setContentDisplay(ContentDisplay.LEFT);
        action.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        action.setOnAction(e -> act());
        box = new HBox(14, badge, text, code, action);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("code-card");
        setText(null);
    }

    private void act() {
        if (shown == null) {
            return;
        }
        if (shown.stateProperty().get() == LiveCode.State.PROTECTED) {
            viewModel.reveal(shown);
        } else {
            viewModel.copy(shown);
        }
    }

    @Override
    protected void updateItem(LiveCode c, boolean empty) {
        super.updateItem(c, empty);
        if (shown != null) {
            for (Observable o : observed(shown)) {
                o.removeListener(refresh);
            }
            viewModel.copiedProperty().removeListener(refresh);
        }
        shown = empty ? null : c;
        if (shown == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        for (Observable o : observed(shown)) {
            o.addListener(refresh);
        }
        viewModel.copiedProperty().addListener(refresh);
        show(null);
        setGraphic(box);
    }

    private Observable[] observed(LiveCode c) {
        return new Observable[] {c.stateProperty(), c.codeProperty(), c.secondsLeftProperty(),
            c.fractionLeftProperty(), c.itemProperty(), c.problemProperty()};
    }

    private void show(Observable ignored) {
        LiveCode c = shown;
        if (c == null) {
            return;
        }
        LiveCode.State state = c.stateProperty().get();
        name.setText(c.name());
        String problem = c.problemProperty().get();
        detail.setText(state == LiveCode.State.FAILED && !problem.isEmpty() ? problem : c.detail());
        code.setText(c.codeProperty().get());
        code.setVisible(state != LiveCode.State.FAILED);
        boolean copiedNow = viewModel.copiedProperty().get() == c;
        String key;
        String icon;
        switch (state) {
            case PROTECTED -> {
                key = "codes.show";
                icon = "mdi2l-lock-outline";
                badgeIcon("mdi2l-lock-outline");
            }
            case COUNTER -> {
                key = "codes.next";
                icon = "mdi2s-skip-next-outline";
                badgeIcon("mdi2c-counter");
            }
            case FAILED -> {
                key = null;
                icon = null;
                badgeIcon("mdi2a-alert-circle-outline");
            }
            default -> {
                key = c.isCounterBased() ? "codes.next" : "codes.copy";
                icon = c.isCounterBased() ? "mdi2s-skip-next-outline" : "mdi2c-content-copy";
                if (c.isCounterBased()) {
                    badgeIcon("mdi2c-counter");
                } else {
                    badgeRing(c);
                }
            }
        }
        if (copiedNow) {
            key = "codes.copied";
            icon = "mdi2c-check";
        }
        action.setVisible(key != null);
        if (key != null) {
            action.setText(messages.get(key));
            action.setGraphic(new FontIcon(icon));
            action.setAccessibleText(messages.get(key) + ": " + c.name());
        }
        action.getStyleClass().remove("copied");
        if (copiedNow) {
            action.getStyleClass().add("copied");
        }
        codeTip.setText(messages.get(c.isCounterBased() ? "codes.nextTip" : "codes.copyTip"));
        code.setAccessibleText(messages.get("codes.codeA11y", c.name(), c.codeProperty().get()));
        setAccessibleText(accessible(c, state));
    }

    private String accessible(LiveCode c, LiveCode.State state) {
        return switch (state) {
            case SHOWN -> c.isCounterBased() ? messages.get("codes.a11y.used", c.name(), c.codeProperty().get())
                    : messages.get("codes.a11y.shown", c.name(), c.codeProperty().get(), c.secondsLeftProperty().get());
            case PROTECTED -> messages.get("codes.a11y.protected", c.name());
            case COUNTER -> messages.get("codes.a11y.counter", c.name());
            case FAILED -> c.name() + ": " + c.problemProperty().get();
            case LOADING -> c.name();
        };
    }

    private void badgeIcon(String literal) {
        stateIcon.setIconLiteral(literal);
        if (badge.getChildren().size() != 1 || badge.getChildren().get(0) != stateIcon) {
            badge.getChildren().setAll(stateIcon);
        }
    }

    private void badgeRing(LiveCode c) {
        ring.fractionProperty().set(c.fractionLeftProperty().get());
        ring.secondsProperty().set(c.secondsLeftProperty().get());
        if (badge.getChildren().size() != 1 || badge.getChildren().get(0) != ring) {
            badge.getChildren().setAll(ring);
        }
    }
}
