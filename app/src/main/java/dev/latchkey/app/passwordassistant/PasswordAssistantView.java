package dev.latchkey.app.passwordassistant;

import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.model.password.PasswordStyle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The Password Assistant's code-behind; "Use" hands the suggestion to whoever embeds it. */
public final class PasswordAssistantView {
    private final PasswordAssistantViewModel viewModel;
    private final Messages messages;
    private Runnable onUse = () -> { };
    @FXML
    private ComboBox<PasswordStyle> style;
    @FXML
    private Slider length;
    @FXML
    private Label lengthText;
    @FXML
    private CheckBox upper;
    @FXML
    private CheckBox lower;
    @FXML
    private CheckBox digits;
    @FXML
    private CheckBox symbols;
    @FXML
    private CheckBox excludeLookAlikes;
    @FXML
    private TextField suggestion;
    @FXML
    private StrengthBar strengthBar;

    public PasswordAssistantView(PasswordAssistantViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        style.getItems().setAll(PasswordStyle.values());
        style.setConverter(new StringConverter<>() {
            @Override
            public String toString(PasswordStyle s) {
                return s == null ? "" : viewModel.styleName(s);
            }

            @Override
            public PasswordStyle fromString(String s) {
                return null;
            }
        });
        style.valueProperty().bindBidirectional(viewModel.styleProperty());
        length.minProperty().bind(viewModel.minLengthProperty());
        length.maxProperty().bind(viewModel.maxLengthProperty());
        length.setValue(viewModel.lengthProperty().get());
        length.valueProperty().addListener((o, old, now) -> viewModel.lengthProperty().set((int) Math.round(now.doubleValue())));
        viewModel.lengthProperty().addListener((o, old, now) -> length.setValue(now.doubleValue()));
        length.disableProperty().bind(viewModel.lengthAdjustableProperty().not());
        lengthText.textProperty().bind(viewModel.lengthTextProperty());
        upper.selectedProperty().bindBidirectional(viewModel.upperProperty());
        lower.selectedProperty().bindBidirectional(viewModel.lowerProperty());
        digits.selectedProperty().bindBidirectional(viewModel.digitsProperty());
        symbols.selectedProperty().bindBidirectional(viewModel.symbolsProperty());
        excludeLookAlikes.selectedProperty().bindBidirectional(viewModel.excludeLookAlikesProperty());
        for (CheckBox box : new CheckBox[] {upper, digits, symbols}) {
            box.disableProperty().bind(viewModel.classesAdjustableProperty().not());
        }
        lower.disableProperty().bind(viewModel.randomCharactersProperty().not());
        excludeLookAlikes.disableProperty().bind(viewModel.randomCharactersProperty().not());
        suggestion.textProperty().bind(viewModel.suggestionProperty());
        strengthBar.bind(viewModel.strength(), messages.get("strength.entropy"));
        strengthBar.bindEntropy(viewModel.entropyBitsProperty(), messages.get("strength.entropy"));
        suggestion.accessibleTextProperty().bind(Bindings.concat(messages.get("passwordAssistant.suggestion")));
    }

    /** What happens when the user picks the suggestion. */
    public void setOnUse(Runnable action) {
        this.onUse = action;
    }

    public PasswordAssistantViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void generate() {
        viewModel.generate();
    }

    @FXML
    private void use() {
        onUse.run();
    }
}
