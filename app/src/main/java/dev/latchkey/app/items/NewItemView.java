package dev.latchkey.app.items;

import dev.latchkey.app.passwordassistant.PasswordAssistantView;
import dev.latchkey.app.passwordassistant.StrengthBar;
import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.SecretFields;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.kordamp.ikonli.javafx.FontIcon;

/** The new-item dialog's code-behind, with the Password Assistant folded in below the form. */
public final class NewItemView {
    private final NewItemViewModel viewModel;
    private final PasswordAssistantView assistant;
    private final Parent assistantRoot;
    private final Messages messages;
    private final ValidationSupport validation = new ValidationSupport();
    @FXML
    private FontIcon kindIcon;
    @FXML
    private Label title;
    @FXML
    private Label subtitle;
    @FXML
    private VBox form;
    @FXML
    private HBox accountRow;
    @FXML
    private HBox whereRow;
    @FXML
    private HBox passwordRow;
    @FXML
    private HBox noteRow;
    @FXML
    private TextField nameField;
    @FXML
    private TextField accountField;
    @FXML
    private Label whereLabel;
    @FXML
    private TextField whereField;
    @FXML
    private Label whereError;
    @FXML
    private PasswordField passwordField;
    @FXML
    private TextField revealField;
    @FXML
    private ToggleButton assistantToggle;
    @FXML
    private CheckBox showPassword;
    @FXML
    private StrengthBar strengthBar;
    @FXML
    private TextArea noteArea;
    @FXML
    private TextField commentField;
    @FXML
    private CheckBox requirePassword;
    @FXML
    private StackPane assistantHost;
    @FXML
    private Label error;
    @FXML
    private HBox progressBox;
    @FXML
    private Button addButton;

    public NewItemView(NewItemViewModel viewModel, PasswordAssistantView assistant, Parent assistantRoot,
            Messages messages) {
        this.viewModel = viewModel;
        this.assistant = assistant;
        this.assistantRoot = assistantRoot;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        kindIcon.setIconLiteral(KindIcons.of(viewModel.kind()));
        title.setText(viewModel.title());
        subtitle.setText(messages.get("newItem.inKeychain", viewModel.keychainName()));
        if (viewModel.isNote()) {
            form.getChildren().removeAll(accountRow, whereRow, passwordRow);
            assistantToggle.setSelected(false);
        } else {
            form.getChildren().remove(noteRow);
            boolean internet = viewModel.kind() == dev.latchkey.model.item.ItemClass.INTERNET_PASSWORD;
            whereLabel.setText(messages.get(internet ? "field.address" : "field.service"));
            whereField.setPromptText(messages.get(internet ? "field.address.prompt" : "field.service.prompt"));
            whereField.setAccessibleText(whereLabel.getText());
        }
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        accountField.textProperty().bindBidirectional(viewModel.accountProperty());
        whereField.textProperty().bindBidirectional(viewModel.whereProperty());
        commentField.textProperty().bindBidirectional(viewModel.commentProperty());
        requirePassword.selectedProperty().bindBidirectional(viewModel.requirePasswordProperty());
        whereError.textProperty().bind(viewModel.whereProblemBinding());
        whereError.visibleProperty().bind(viewModel.whereProblemBinding().isNotEmpty()
                .and(viewModel.whereProperty().isNotEmpty()));
        whereError.managedProperty().bind(whereError.visibleProperty());
        registerValidators();

        revealField.textProperty().bindBidirectional(passwordField.textProperty());
        revealField.visibleProperty().bind(showPassword.selectedProperty());
        passwordField.visibleProperty().bind(showPassword.selectedProperty().not());
        passwordField.textProperty().addListener(o -> viewModel.secretChanged(SecretFields.read(passwordField)));
        strengthBar.bind(viewModel.strength(), messages.get("strength.entropy"));
        strengthBar.hideWhenEmpty();
        SecretFields.wipeWhenHidden(passwordField, revealField);

        assistantHost.getChildren().add(assistantRoot);
        assistantHost.visibleProperty().bind(assistantToggle.selectedProperty());
        assistantHost.managedProperty().bind(assistantHost.visibleProperty());
        assistantToggle.selectedProperty().addListener((o, old, open) -> resizeWindow());
        assistant.setOnUse(() -> {
            passwordField.setText(assistant.viewModel().suggestionProperty().get());
            showPassword.setSelected(true);
            assistantToggle.setSelected(false);
        });

        Labels.showWhenSet(error, viewModel.errorProperty());
        progressBox.visibleProperty().bind(viewModel.busyProperty());
        addButton.disableProperty().bind(viewModel.canAddBinding().not());
        viewModel.addedProperty().addListener((o, old, id) -> close());
        nameField.sceneProperty().flatMap(javafx.scene.Scene::windowProperty).addListener((o, old, w) -> {
            if (w != null) {
                w.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
                    assistant.viewModel().clear();
                    noteArea.clear();
                });
            }
        });
    }

    private void registerValidators() {
        validation.registerValidator(nameField, false, (Validator<String>) (control, value) ->
                problem(control, viewModel.fields().nameProblem(viewModel.kind(), value)));
        if (!viewModel.isNote()) {
            validation.registerValidator(whereField, false, (Validator<String>) (control, value) ->
                    problem(control, viewModel.fields().whereProblem(viewModel.kind(), value)));
        }
    }

    private static ValidationResult problem(javafx.scene.control.Control control, String problem) {
        return ValidationResult.fromErrorIf(control, problem, !problem.isEmpty());
    }

    private void resizeWindow() {
        Window w = form.getScene() == null ? null : form.getScene().getWindow();
        if (w != null) {
            w.sizeToScene();
        }
    }

    @FXML
    private void add() {
        char[] secret = viewModel.isNote() ? noteArea.getText().toCharArray() : SecretFields.read(passwordField);
        viewModel.add(secret);
    }

    @FXML
    private void cancel() {
        close();
    }

    private void close() {
        Node any = form;
        any.getScene().getWindow().hide();
    }

    /** For tests and the composition: the assistant embedded here. */
    public PasswordAssistantView assistant() {
        return assistant;
    }
}
