package dev.latchkey.app.inspector;

import dev.latchkey.app.inspector.FieldsAndFilesViewModel.FieldRow;
import dev.latchkey.app.inspector.FieldsAndFilesViewModel.FileRow;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;

/** The inspector's Fields & Files tab; binds to {@link FieldsAndFilesViewModel}. */
public final class FieldsAndFilesView {
    private final FieldsAndFilesViewModel viewModel;
    private final FileDialogs files;
    private final Messages messages;
    @FXML
    private HBox folderRow;
    @FXML
    private Label folder;
    @FXML
    private VBox hiddenBox;
    @FXML
    private Button showButton;
    @FXML
    private VBox shownBox;
    @FXML
    private Label fieldsLabel;
    @FXML
    private TableView<FieldRow> fieldTable;
    @FXML
    private TableColumn<FieldRow, String> fieldName;
    @FXML
    private TableColumn<FieldRow, String> fieldValue;
    @FXML
    private CheckBox showHidden;
    @FXML
    private Label filesLabel;
    @FXML
    private TableView<FileRow> fileTable;
    @FXML
    private TableColumn<FileRow, String> fileName;
    @FXML
    private TableColumn<FileRow, String> fileSize;
    @FXML
    private HBox fileActions;
    @FXML
    private Label fileNotice;
    @FXML
    private Button saveFileButton;

    public FieldsAndFilesView(FieldsAndFilesViewModel viewModel, FileDialogs files, Messages messages) {
        this.viewModel = viewModel;
        this.files = files;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        folder.textProperty().bind(viewModel.folderProperty());
        showWhen(folderRow, viewModel.folderProperty().isNotEmpty());
        showWhen(hiddenBox, viewModel.canShowBinding());
        showWhen(shownBox, viewModel.shownProperty());
        showWhen(fieldsLabel, viewModel.fieldsPresentBinding());
        showWhen(fieldTable, viewModel.fieldsPresentBinding());
        showWhen(showHidden, viewModel.hasHiddenProperty());
        showWhen(filesLabel, viewModel.filesPresentBinding());
        showWhen(fileTable, viewModel.filesPresentBinding());
        showWhen(fileActions, viewModel.filesPresentBinding());
        fieldName.setCellValueFactory(c -> constant(c.getValue().name()));
        fieldValue.setCellValueFactory(c -> constant(c.getValue().value()));
        fieldTable.setItems(viewModel.fields());
        fieldTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        showHidden.selectedProperty().bindBidirectional(viewModel.showHiddenProperty());
        fileName.setCellValueFactory(c -> constant(c.getValue().name()));
        fileSize.setCellValueFactory(c -> constant(c.getValue().size()));
        fileTable.setItems(viewModel.files());
        fileTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        saveFileButton.disableProperty().bind(fileTable.getSelectionModel().selectedItemProperty().isNull());
        Labels.showWhenSet(fileNotice, viewModel.noticeProperty());
        folder.sceneProperty().flatMap(Scene::windowProperty).addListener((o, old, w) -> {
            if (w != null) {
                w.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> viewModel.dispose());
            }
        });
    }

    private static ObservableValue<String> constant(String text) {
        return new ReadOnlyStringWrapper(text).getReadOnlyProperty();
    }

    private static void showWhen(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    @FXML
    private void show() {
        viewModel.show();
    }

    @FXML
    private void saveAs() {
        FileRow file = fileTable.getSelectionModel().getSelectedItem();
        if (file != null) {
            files.chooseToSave(messages.get("fields.saveTitle", file.name()), FieldsAndFilesViewModel.suggestedName(file))
                    .ifPresent(target -> viewModel.save(file, target));
        }
    }
}
