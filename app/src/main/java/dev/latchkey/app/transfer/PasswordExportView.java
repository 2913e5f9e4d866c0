package dev.latchkey.app.transfer;

import dev.latchkey.app.passwordassistant.StrengthBar;
import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.SecretFields;
import dev.latchkey.crypto.secret.Wipe;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The password export dialog's code-behind; the passphrase fields are wiped when it hides. */
public final class PasswordExportView {
    private final PasswordExportViewModel viewModel;
    private final Messages messages;
    private final FileDialogs files;
    @FXML private Label title;
    @FXML private ComboBox<PasswordExportViewModel.Kind> kindChoice;
    @FXML private HBox plainTextBox;
    @FXML private TextField pathField;
    @FXML private Label pathError;
    @FXML private VBox passphraseBox;
    @FXML private PasswordField passphraseField;
    @FXML private PasswordField confirmField;
    @FXML private StrengthBar strengthBar;
    @FXML private Label problem;
    @FXML private Label warning;
    @FXML private Label error;
    @FXML private HBox progressBox;
    @FXML private Button exportButton;

    public PasswordExportView(PasswordExportViewModel viewModel, Messages messages, FileDialogs files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        kindChoice.setItems(FXCollections.observableArrayList(viewModel.kinds()));
        kindChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(PasswordExportViewModel.Kind k) {
                return k == null ? "" : viewModel.label(k);
            }

            @Override
            public PasswordExportViewModel.Kind fromString(String text) {
                throw new UnsupportedOperationException("the formats are not typed");
            }
        });
        kindChoice.valueProperty().bindBidirectional(viewModel.kindProperty());
        plainTextBox.visibleProperty().bind(viewModel.plainTextBinding());
        plainTextBox.managedProperty().bind(plainTextBox.visibleProperty());
        pathField.textProperty().bindBidirectional(viewModel.pathProperty());
        Labels.showWhenSet(pathError, viewModel.pathProblemBinding());
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
                Wipe.chars(p, c);
            }
        };
        passphraseField.textProperty().addListener(typed);
        confirmField.textProperty().addListener(typed);
        Labels.showWhenSet(error, viewModel.errorProperty());
        progressBox.visibleProperty().bind(viewModel.busyProperty());
        exportButton.disableProperty().bind(viewModel.canExportBinding().not());
        viewModel.doneProperty().addListener((o, old, done) -> close());
        SecretFields.wipeWhenHidden(passphraseField, confirmField);
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
