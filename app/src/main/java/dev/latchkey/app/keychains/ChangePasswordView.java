package dev.latchkey.app.keychains;

import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.SecretFields;
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
    private NewPasswordPane newPassword;
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
        newPassword.bind(viewModel.newPassword(), messages.get("strength.entropy"), viewModel::passwordsChanged);
        progressBox.visibleProperty().bind(viewModel.busyProperty());
        changeButton.disableProperty().bind(viewModel.canChangeBinding().not());
        viewModel.changedProperty().addListener((o, old, done) -> close());
        SecretFields.wipeWhenHidden(currentField);
    }

    @FXML
    private void change() {
        char[] current = SecretFields.read(currentField);
        SecretFields.wipe(currentField);
        viewModel.change(current, newPassword.password(), newPassword.confirmation());
    }

    @FXML
    private void cancel() {
        close();
    }

    private void close() {
        title.getScene().getWindow().hide();
    }
}
