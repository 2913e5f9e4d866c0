package dev.latchkey.app.transfer;

import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.SecretFields;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** The file passphrase prompt's code-behind; the field is wiped when the window hides. */
public final class PassphraseView {
    private final PassphraseViewModel viewModel;
    @FXML
    private Label title;
    @FXML
    private Label message;
    @FXML
    private Label error;
    @FXML
    private PasswordField passphraseField;
    @FXML
    private Button okButton;

    public PassphraseView(PassphraseViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        message.setText(viewModel.message());
        Labels.showWhenSet(error, new SimpleStringProperty(viewModel.error()));
        okButton.disableProperty().bind(passphraseField.textProperty().isEmpty());
        viewModel.submittedProperty().addListener((o, old, done) -> close());
        SecretFields.wipeWhenHidden(passphraseField);
    }

    @FXML
    private void submit() {
        viewModel.submit(SecretFields.read(passphraseField));
    }

    @FXML
    private void cancel() {
        close();
    }

    private void close() {
        passphraseField.getScene().getWindow().hide();
    }
}
