package dev.latchkey.app.codes;

import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.Messages;
import java.util.List;
import java.io.ByteArrayInputStream;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
import javafx.stage.WindowEvent;

/** The export window's code-behind: QR image, the URI behind a checkbox, copy and save. */
public final class ExportCodeView {
    private final ExportCodeViewModel viewModel;
    private final Messages messages;
    private final FileDialogs files;
    @FXML
    private Label title;
    @FXML
    private ImageView qr;
    @FXML
    private CheckBox showUri;
    @FXML
    private TextArea uriArea;
    @FXML
    private Label error;
    @FXML
    private Label notice;

    public ExportCodeView(ExportCodeViewModel viewModel, Messages messages, FileDialogs files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        viewModel.pngProperty().addListener((o, old, png) -> showQr(png));
        showQr(viewModel.pngProperty().get());
        uriArea.textProperty().bind(viewModel.revealedProperty());
        uriArea.visibleProperty().bind(showUri.selectedProperty());
        uriArea.managedProperty().bind(uriArea.visibleProperty());
        Labels.showWhenSet(error, viewModel.errorProperty());
        notice.textProperty().bind(viewModel.noticeProperty());
        title.sceneProperty().flatMap(Scene::windowProperty).addListener((o, old, w) -> {
            if (w != null) {
                w.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
                    qr.setImage(null);
                    viewModel.dispose();
                });
            }
        });
    }

    private void showQr(byte[] png) {
        qr.setImage(png == null ? null : new Image(new ByteArrayInputStream(png)));
    }

    @FXML
    private void toggleUri() {
        viewModel.revealUri(showUri.isSelected());
    }

    @FXML
    private void copyUri() {
        viewModel.copyUri();
    }

    @FXML
    private void saveQr() {
        files.chooseToSave(messages.get("export.save"),
                viewModel.itemName().replaceAll("[^\\p{L}\\p{N} ._-]", "_") + " code.png",
                List.of(new FileChooser.ExtensionFilter("PNG", "*.png")))
                .ifPresent(viewModel::saveQr);
    }

    @FXML
    private void close() {
        title.getScene().getWindow().hide();
    }
}
