package dev.latchkey.app.keychains;

import dev.latchkey.app.assistant.StrengthBar;
import dev.latchkey.app.ui.Labels;
import dev.latchkey.app.ui.Messages;
import dev.latchkey.app.ui.SecretFields;
import javafx.beans.InvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The create-keychain dialog's code-behind. */
public final class CreateKeychainView {
    private final CreateKeychainViewModel viewModel;
    private final Messages messages;
    @FXML
    private Label title;
    @FXML
    private Label message;
    @FXML
    private VBox nameBox;
    @FXML
    private TextField nameField;
    @FXML
    private Label nameError;
    @FXML
    private PasswordField passwordField;
    @FXML
    private PasswordField confirmField;
    @FXML
    private StrengthBar strengthBar;
    @FXML
    private Label problem;
    @FXML
    private Label warning;
    @FXML
    private Label error;
    @FXML
    private HBox progressBox;
    @FXML
    private Button createButton;

    public CreateKeychainView(CreateKeychainViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        message.setText(viewModel.message());
        nameBox.setVisible(!viewModel.isFirstRun());
        nameBox.setManaged(!viewModel.isFirstRun());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        Labels.showWhenSet(nameError, viewModel.nameErrorProperty());
        Labels.showWhenSet(problem, viewModel.newPassword().problemProperty());
        Labels.showWhenSet(warning, viewModel.newPassword().warningProperty());
        Labels.showWhenSet(error, viewModel.errorProperty());
        strengthBar.bind(viewModel.newPassword().strength(), messages.get("strength.entropy"));
        InvalidationListener typed = o -> viewModel.passwordsChanged(SecretFields.read(passwordField),
                SecretFields.read(confirmField));
        passwordField.textProperty().addListener(typed);
        confirmField.textProperty().addListener(typed);
        progressBox.visibleProperty().bind(viewModel.busyProperty());
        createButton.disableProperty().bind(viewModel.canCreateBinding().not());
        passwordField.disableProperty().bind(viewModel.busyProperty());
        confirmField.disableProperty().bind(viewModel.busyProperty());
        viewModel.createdProperty().addListener((o, old, ref) -> close());
        SecretFields.wipeWhenHidden(passwordField, confirmField);
    }

    @FXML
    private void create() {
        viewModel.create(SecretFields.read(passwordField), SecretFields.read(confirmField));
    }

    @FXML
    private void cancel() {
        close();
    }

    private void close() {
        passwordField.getScene().getWindow().hide();
    }
}
