package dev.latchkey.app.certificates;

import dev.latchkey.app.toolkit.Labels;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;

/** The key inspector's code-behind. */
public final class KeyInspectorView {
    private final KeyInspectorViewModel viewModel;
    @FXML
    private VBox root;
    @FXML
    private Label title;
    @FXML
    private Label subtitle;
    @FXML
    private VBox details;
    @FXML
    private Label certificateNote;
    @FXML
    private Button showCertificateButton;

    public KeyInspectorView(KeyInspectorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        subtitle.setText(viewModel.subtitle());
        DetailSections.fill(details, viewModel.sections());
        Labels.showWhenSet(certificateNote, new SimpleStringProperty(viewModel.certificateNote()));
        showCertificateButton.setDisable(!viewModel.hasCertificate());
        root.sceneProperty().flatMap(Scene::windowProperty).addListener((o, old, w) -> {
            if (w != null) {
                w.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), w::hide);
                w.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> viewModel.dispose());
            }
        });
        viewModel.closedProperty().addListener((o, old, closed) -> {
            if (closed && root.getScene() != null) {
                root.getScene().getWindow().hide();
            }
        });
    }

    @FXML
    private void showCertificate() {
        viewModel.showCertificate();
    }

    @FXML
    private void viewAsn1() {
        viewModel.viewAsn1();
    }

    @FXML
    private void export() {
        viewModel.export();
    }

    @FXML
    private void close() {
        root.getScene().getWindow().hide();
    }
}
