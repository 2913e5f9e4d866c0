package dev.latchkey.app.passwordassistant;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The strength meter control: a coloured bar (red, amber, green by score), the verdict, the
 * entropy, and zxcvbn's hint. Shows a {@link StrengthViewModel}; usable in FXML.
 */
public final class StrengthBar extends VBox {
    private final ProgressBar bar = new ProgressBar(0);
    private final Label verdict = new Label();
    private final Label detail = new Label();
    private final Label hint = new Label();

    public StrengthBar() {
        getStyleClass().add("strength-bar");
        verdict.getStyleClass().add("verdict");
        detail.getStyleClass().add("detail");
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        bar.setMaxWidth(Double.MAX_VALUE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox line = new HBox(8, verdict, spacer, detail);
        getChildren().addAll(bar, line, hint);
        setFocusTraversable(false);
    }

    public void bind(StrengthViewModel strength, String entropyFormat) {
        bar.progressProperty().bind(Bindings.createDoubleBinding(
                () -> (strength.scoreProperty().get() + 1) / 5.0, strength.scoreProperty()));
        verdict.textProperty().bind(strength.verdictProperty());
        detail.textProperty().bind(Bindings.createStringBinding(() -> strength.scoreProperty().get() < 0 ? ""
                : String.format(entropyFormat, strength.entropyBitsProperty().get()),
                strength.entropyBitsProperty(), strength.scoreProperty()));
        hint.textProperty().bind(strength.hintProperty());
        hint.managedProperty().bind(strength.hintProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.managedProperty());
        strength.scoreProperty().addListener((o, old, now) -> showScore(now.intValue()));
        showScore(strength.scoreProperty().get());
        accessibleTextProperty().bind(Bindings.concat(strength.verdictProperty(), ". ", strength.hintProperty()));
    }

    /** Takes no room until a password is typed. */
    public void hideWhenEmpty() {
        managedProperty().bind(bar.progressProperty().greaterThan(0));
        visibleProperty().bind(managedProperty());
    }

    private void showScore(int score) {
        getStyleClass().removeIf(c -> c.startsWith("score-"));
        if (score >= 0) {
            getStyleClass().add("score-" + score);
        }
    }

    /** Shows the given entropy (e.g. the generator's) instead of zxcvbn's estimate. */
    public void bindEntropy(javafx.beans.value.ObservableDoubleValue bits, String entropyFormat) {
        detail.textProperty().unbind();
        detail.textProperty().bind(Bindings.createStringBinding(() -> String.format(entropyFormat, bits.get()), bits));
    }
}
