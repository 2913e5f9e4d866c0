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
import javafx.scene.layout.HBox;

/** The change-password dialog's code-behind. */
public final class ChangePasswordView {
    private final ChangePasswordViewModel viewModel;
    private final Messages messages;
    @FXML
    private Label title;
    @FXML
    private PasswordField currentField;
    @FXML
    private Label currentError;
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
    private HBox progressBox;
    @FXML
    private Button changeButton;

    public ChangePasswordView(ChangePasswordViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        Labels.showWhenSet(currentError, viewModel.currentErrorProperty());
        Labels.showWhenSet(problem, viewModel.newPassword().problemProperty());
        Labels.showWhenSet(warning, viewModel.newPassword().warningProperty());
        strengthBar.bind(viewModel.newPassword().strength(), messages.get("strength.entropy"));
        InvalidationListener typed = o -> viewModel.passwordsChanged(SecretFields.read(passwordField),
                SecretFields.read(confirmField));
        passwordField.textProperty().addListener(typed);
        confirmField.textProperty().addListener(typed);
        progressBox.visibleProperty().bind(viewModel.busyProperty());
        changeButton.disableProperty().bind(viewModel.canChangeBinding().not());
        viewModel.changedProperty().addListener((o, old, done) -> close());
        SecretFields.wipeWhenHidden(currentField, passwordField, confirmField);
    }

    @FXML
    private void change() {
        char[] current = SecretFields.read(currentField);
        SecretFields.wipe(currentField);
        viewModel.change(current, SecretFields.read(passwordField), SecretFields.read(confirmField));
    }

    @FXML
    private void cancel() {
        close();
    }

    private void close() {
        passwordField.getScene().getWindow().hide();
    }
}
