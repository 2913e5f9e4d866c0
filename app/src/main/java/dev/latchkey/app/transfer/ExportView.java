package dev.latchkey.app.transfer;

import dev.latchkey.app.passwordassistant.StrengthBar;
import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.SecretFields;
import javafx.beans.InvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** The export dialog's code-behind; the passphrase fields are read into arrays and wiped when it hides. */
public final class ExportView {
    private final ExportViewModel viewModel;
    private final Messages messages;
    private final FileDialogs files;
    private final ValidationSupport validation = new ValidationSupport();
    @FXML
    private Label title;
    @FXML
    private ComboBox<ExportChoice> formatChoice;
    @FXML
    private TextField pathField;
    @FXML
    private Label pathError;
    @FXML
    private VBox passphraseBox;
    @FXML
    private PasswordField passphraseField;
    @FXML
    private PasswordField confirmField;
    @FXML
    private StrengthBar strengthBar;
    @FXML
    private Label problem;
    @FXML
    private Label warning;
    @FXML
    private CheckBox legacyBox;
    @FXML
    private Label error;
    @FXML
    private HBox progressBox;
    @FXML
    private Button exportButton;

    public ExportView(ExportViewModel viewModel, Messages messages, FileDialogs files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        formatChoice.setItems(viewModel.choices());
        formatChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportChoice c) {
                return c == null ? "" : messages.get("export.choice." + c.name());
            }

            @Override
            public ExportChoice fromString(String text) {
                throw new UnsupportedOperationException("the formats are not typed");
            }
        });
        formatChoice.valueProperty().bindBidirectional(viewModel.choiceProperty());
        formatChoice.disableProperty().bind(viewModel.readyProperty().not());
        pathField.textProperty().bindBidirectional(viewModel.pathProperty());
        Labels.showWhenSet(pathError, viewModel.pathProblemBinding());
        validation.registerValidator(pathField, false, (Validator<String>) (control, value) ->
                problem(control, viewModel.pathProblemBinding().get()));
        passphraseBox.visibleProperty().bind(viewModel.needsPassphraseBinding());
        passphraseBox.managedProperty().bind(passphraseBox.visibleProperty());
        strengthBar.bind(viewModel.passphrase().strength(), messages.get("strength.entropy"));
        Labels.showWhenSet(problem, viewModel.passphrase().problemProperty());
        Labels.showWhenSet(warning, viewModel.passphrase().warningProperty());
        InvalidationListener typed = o -> {
            char[] p = SecretFields.read(passphraseField);
            char[] c = SecretFields.read(confirmField);
            try {
                viewModel.passphrasesChanged(p, c);
            } finally {
                dev.latchkey.crypto.secret.Wipe.chars(p, c);
            }
        };
        passphraseField.textProperty().addListener(typed);
        confirmField.textProperty().addListener(typed);
        legacyBox.selectedProperty().bindBidirectional(viewModel.legacyProperty());
        legacyBox.visibleProperty().bind(viewModel.choiceProperty().isEqualTo(ExportChoice.IDENTITY_PKCS12));
        legacyBox.managedProperty().bind(legacyBox.visibleProperty());
        Labels.showWhenSet(error, viewModel.errorProperty());
        progressBox.visibleProperty().bind(viewModel.busyProperty());
        exportButton.disableProperty().bind(viewModel.canExportBinding().not());
        viewModel.exportedProperty().addListener((o, old, file) -> close());
        SecretFields.wipeWhenHidden(passphraseField, confirmField);
    }

    private static ValidationResult problem(Control control, String problem) {
        return ValidationResult.fromErrorIf(control, problem, !problem.isEmpty());
    }

    @FXML
    private void choose() {
        files.chooseToSave(messages.get("export.chooseTitle"), pathField.getText())
                .ifPresent(chosen -> pathField.setText(chosen.toAbsolutePath().toString()));
    }

    @FXML
    private void export() {
        viewModel.export(SecretFields.read(passphraseField), SecretFields.read(confirmField));
    }

    @FXML
    private void cancel() {
        close();
    }

    private void close() {
        pathField.getScene().getWindow().hide();
    }
}
