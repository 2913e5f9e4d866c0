package dev.latchkey.app.unlock;

import atlantafx.base.util.Animations;
import dev.latchkey.app.toolkit.SecretFields;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/** The password prompt's code-behind: binds to {@link UnlockViewModel}, shakes on a wrong password. */
public final class UnlockView {
    private final UnlockViewModel viewModel;
    @FXML
    private Label title;
    @FXML
    private Label message;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Label error;
    @FXML
    private HBox progressBox;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label progressText;
    @FXML
    private Button submitButton;

    public UnlockView(UnlockViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        UnlockViewModel.Prompt prompt = viewModel.prompt();
        title.setText(prompt.title());
        message.setText(prompt.message());
        submitButton.setText(prompt.action());
        progressText.setText(prompt.busyText());
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        progressBox.visibleProperty().bind(viewModel.busyProperty());
        passwordField.disableProperty().bind(viewModel.busyProperty());
        submitButton.disableProperty().bind(viewModel.canSubmitBinding().not());
        viewModel.rejectionsProperty().addListener((o, old, now) -> {
            Animations.shakeX(passwordField).playFromStart();
            passwordField.requestFocus();
        });
        viewModel.succeededProperty().addListener((o, old, done) -> {
            if (done) {
                close();
            }
        });
        SecretFields.wipeWhenHidden(passwordField);
    }

    @FXML
    private void submit() {
        char[] password = SecretFields.read(passwordField);
        SecretFields.wipe(passwordField);
        viewModel.submit(password);
    }

    @FXML
    private void cancel() {
        close();
    }

    private void close() {
        viewModel.dispose();
        if (passwordField.getScene() != null && passwordField.getScene().getWindow() != null) {
            passwordField.getScene().getWindow().hide();
        }
    }
}
