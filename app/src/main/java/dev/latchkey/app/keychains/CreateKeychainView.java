package dev.latchkey.app.keychains;

import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
    private NewPasswordPane newPassword;
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
        Labels.showWhenSet(error, viewModel.errorProperty());
        newPassword.bind(viewModel.newPassword(), messages.get("strength.entropy"), viewModel::passwordsChanged);
        progressBox.visibleProperty().bind(viewModel.busyProperty());
        createButton.disableProperty().bind(viewModel.canCreateBinding().not());
        newPassword.disableWhile(viewModel.busyProperty());
        viewModel.createdProperty().addListener((o, old, ref) -> close());
    }

    @FXML
    private void create() {
        viewModel.create(newPassword.password(), newPassword.confirmation());
    }

    @FXML
    private void cancel() {
        close();
    }

    private void close() {
        title.getScene().getWindow().hide();
    }
}
