package dev.latchkey.app.access;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The access request's code-behind: shows the question, forwards the answer, closes when answered. */
public final class AccessRequestView {
    private final AccessRequestViewModel viewModel;
    @FXML
    private Label question;
    @FXML
    private Label path;

    public AccessRequestView(AccessRequestViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        question.setText(viewModel.question());
        path.setText(viewModel.applicationPath());
        viewModel.doneProperty().addListener((o, old, done) -> {
            if (done && question.getScene() != null && question.getScene().getWindow() != null) {
                question.getScene().getWindow().hide();
            }
        });
    }

    @FXML
    private void deny() {
        viewModel.deny();
    }

    @FXML
    private void allowOnce() {
        viewModel.allowOnce();
    }

    @FXML
    private void allowAlways() {
        viewModel.allowAlways();
    }
}
