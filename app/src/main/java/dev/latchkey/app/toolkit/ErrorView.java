package dev.latchkey.app.toolkit;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The error dialog's code-behind. */
public final class ErrorView {
    private final ErrorViewModel viewModel;
    private final Messages messages;
    @FXML
    private Label message;
    @FXML
    private Label status;
    @FXML
    private Label copied;

    public ErrorView(ErrorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        message.setText(viewModel.message());
        status.setText(messages.get("error.status", viewModel.statusLine()));
        copied.visibleProperty().bind(viewModel.copiedProperty());
        copied.setText(messages.get("error.copied"));
    }

    @FXML
    private void copyDetails() {
        viewModel.copyDetails();
    }

    @FXML
    private void close() {
        message.getScene().getWindow().hide();
    }
}
