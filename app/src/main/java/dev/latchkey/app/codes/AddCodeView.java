package dev.latchkey.app.codes;

import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** Add Code's code-behind: the pasted URI, the three QR sources, naming and attaching. */
public final class AddCodeView {
    private final AddCodeViewModel viewModel;
    private final Messages messages;
    private final FileDialogs files;
    private final Map<String, String> environment;
    private final Function<Rectangle2D, WritableImage> screen;
    @FXML
    private Label subtitle;
    @FXML
    private TextArea uriArea;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label screenHint;
    @FXML
    private VBox foundBox;
    @FXML
    private Label foundTitle;
    @FXML
    private VBox foundList;
    @FXML
    private TextField labelField;
    @FXML
    private CheckBox attachBox;
    @FXML
    private ComboBox<Item> attachCombo;
    @FXML
    private Label attachHint;
    @FXML
    private Label error;
    @FXML
    private Button addButton;

    /** @param environment the process environment (decides whether the screen can be captured) */
    public AddCodeView(AddCodeViewModel viewModel, Messages messages, FileDialogs files, Map<String, String> environment) {
        this(viewModel, messages, files, environment, ScreenRegionPicker.ROBOT);
    }

    /** @param screen takes the picture of the screen for Scan Screen */
    AddCodeView(AddCodeViewModel viewModel, Messages messages, FileDialogs files, Map<String, String> environment,
            Function<Rectangle2D, WritableImage> screen) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
        this.environment = environment;
        this.screen = screen;
    }

    @FXML
    private void initialize() {
        subtitle.setText(messages.get("addCode.subtitle", viewModel.keychainName()));
        uriArea.textProperty().bindBidirectional(viewModel.textProperty());
        labelField.textProperty().bindBidirectional(viewModel.labelProperty());
        labelField.disableProperty().bind(viewModel.attachProperty().or(Bindings.size(viewModel.found()).greaterThan(1)));
        progress.visibleProperty().bind(viewModel.busyProperty());
        ScreenCapture.unavailableReason(environment).ifPresent(key -> screenHint.setText(messages.get(key)));
        screenHint.visibleProperty().bind(screenHint.textProperty().isNotEmpty());
        screenHint.managedProperty().bind(screenHint.visibleProperty());
        foundTitle.textProperty().bind(viewModel.foundFromProperty());
        foundBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.found()));
        foundBox.managedProperty().bind(foundBox.visibleProperty());
        viewModel.found().addListener((ListChangeListener<String>) c -> showFound());
        attachBox.selectedProperty().bindBidirectional(viewModel.attachProperty());
        attachBox.disableProperty().bind(Bindings.isEmpty(viewModel.passwordItems()));
        attachCombo.setItems(viewModel.passwordItems());
        attachCombo.valueProperty().bindBidirectional(viewModel.attachTargetProperty());
        attachCombo.disableProperty().bind(viewModel.attachProperty().not());
        attachCombo.setCellFactory(l -> new ItemCell());
        attachCombo.setButtonCell(new ItemCell());
        attachCombo.setPromptText(messages.get("addCode.attachTo"));
        Labels.showWhenSet(attachHint, viewModel.attachHintBinding());
        Labels.showWhenSet(error, viewModel.errorProperty());
        addButton.disableProperty().bind(viewModel.canAddBinding().not());
        viewModel.addedProperty().addListener((o, old, ids) -> window().hide());
        uriArea.sceneProperty().flatMap(Scene::windowProperty).addListener((o, old, w) -> {
            if (w != null) {
                w.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> viewModel.dispose());
            }
        });
    }

    private void showFound() {
        foundList.getChildren().clear();
        for (String line : viewModel.found()) {
            Label l = new Label("•  " + line);
            l.setWrapText(true);
            foundList.getChildren().add(l);
        }
    }

    /** A password item by name and account. */
    private static final class ItemCell extends ListCell<Item> {
        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String account = item.attributes().text(Attribute.ACCOUNT);
            setText(account.isEmpty() ? item.displayName() : item.displayName() + "  ·  " + account);
        }
    }

    private Window window() {
        return uriArea.getScene().getWindow();
    }

    @FXML
    private void chooseFile() {
        files.chooseOneToOpen(messages.get("addCode.file.title"), List.of(
                new FileChooser.ExtensionFilter(messages.get("addCode.file.images"), "*.png", "*.jpg", "*.jpeg",
                        "*.gif", "*.bmp", "*.tif", "*.tiff"),
                new FileChooser.ExtensionFilter(messages.get("addCode.file.all"), "*")))
                .ifPresent(viewModel::readImageFile);
    }

    @FXML
    private void pasteImage() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        Image image = clipboard.hasImage() ? clipboard.getImage() : null;
        if (image == null || image.getPixelReader() == null) {
            viewModel.imageUnavailable(messages.get("addCode.noClipboardImage"));
            return;
        }
        viewModel.readImage(FxImages.toBuffered(image), messages.get("addCode.fromClipboard"));
    }

    @FXML
    private void scanScreen() {
        if (ScreenCapture.unavailableReason(environment).isPresent()) {
            viewModel.imageUnavailable(messages.get(ScreenCapture.unavailableReason(environment).get()));
            return;
        }
        ScreenRegionPicker.pick(messages.get("addCode.screen.hint"), screen,
                image -> viewModel.readImage(image, messages.get("addCode.fromScreen")),
                e -> viewModel.imageUnavailable(messages.get("addCode.screen.failed")));
    }

    @FXML
    private void add() {
        viewModel.add();
    }

    @FXML
    private void cancel() {
        window().hide();
    }
}
