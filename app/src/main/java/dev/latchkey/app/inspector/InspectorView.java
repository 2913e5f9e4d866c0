package dev.latchkey.app.inspector;

import dev.latchkey.app.items.KindIcons;
import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.SecretFields;
import dev.latchkey.model.item.ItemClass;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.kordamp.ikonli.javafx.FontIcon;

/** Get Info's code-behind: binds the fields, reveals and wipes the secret, closes with the keychain. */
public final class InspectorView {
    private final InspectorViewModel viewModel;
    private final Messages messages;
    private final ValidationSupport validation = new ValidationSupport();
    /** True while this class itself changes a secret field, so that is not taken as an edit. */
    private boolean settingSecret;
    @FXML
    private FontIcon kindIcon;
    @FXML
    private Label title;
    @FXML
    private Label subtitle;
    @FXML
    private VBox form;
    @FXML
    private TextField nameField;
    @FXML
    private Label kind;
    @FXML
    private HBox accountRow;
    @FXML
    private TextField accountField;
    @FXML
    private HBox whereRow;
    @FXML
    private Label whereLabel;
    @FXML
    private TextField whereField;
    @FXML
    private Label whereError;
    @FXML
    private TextField commentField;
    @FXML
    private Label created;
    @FXML
    private Label modified;
    @FXML
    private HBox passwordRow;
    @FXML
    private PasswordField secretField;
    @FXML
    private TextField revealField;
    @FXML
    private CheckBox showPassword;
    @FXML
    private HBox autoTypeRow;
    @FXML
    private TextField autoTypeField;
    @FXML
    private Label autoTypeError;
    @FXML
    private HBox noteRow;
    @FXML
    private Label noteHidden;
    @FXML
    private TextArea noteArea;
    @FXML
    private CheckBox showNote;
    @FXML
    private RadioButton allowRadio;
    @FXML
    private RadioButton askRadio;
    @FXML
    private ListView<String> applicationList;
    @FXML
    private TabPane tabs;
    @FXML
    private Button removeApplication;
    @FXML
    private Label error;
    @FXML
    private Label notice;
    @FXML
    private Button revertButton;
    @FXML
    private Button saveButton;

    public InspectorView(InspectorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        kindIcon.setIconLiteral(KindIcons.of(viewModel.itemClass()));
        title.textProperty().bind(viewModel.titleProperty());
        subtitle.setText(messages.get("inspector.subtitle", viewModel.kindProperty().get(), viewModel.keychainName()));
        kind.textProperty().bind(viewModel.kindProperty());
        created.textProperty().bind(viewModel.createdProperty());
        modified.textProperty().bind(viewModel.modifiedProperty());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        accountField.textProperty().bindBidirectional(viewModel.accountProperty());
        whereField.textProperty().bindBidirectional(viewModel.whereProperty());
        commentField.textProperty().bindBidirectional(viewModel.commentProperty());
        if (!viewModel.hasPassword()) {
            form.getChildren().removeAll(accountRow, whereRow, passwordRow, autoTypeRow);
        }
        autoTypeField.textProperty().bindBidirectional(viewModel.autoTypeProperty());
        Labels.showWhenSet(autoTypeError, viewModel.autoTypeProblemBinding());
        if (!viewModel.isNote()) {
            form.getChildren().remove(noteRow);
        }
        if (viewModel.hasPassword()) {
            boolean internet = viewModel.itemClass() == ItemClass.INTERNET_PASSWORD;
            whereLabel.setText(messages.get(internet ? "field.address" : "field.service"));
            whereField.setAccessibleText(whereLabel.getText());
        }
        whereError.textProperty().bind(viewModel.whereProblemBinding());
        whereError.visibleProperty().bind(viewModel.whereProblemBinding().isNotEmpty());
        whereError.managedProperty().bind(whereError.visibleProperty());
        registerValidators();
        bindSecret();
        TrustedApplicationsViewModel trusted = viewModel.trustedApplications();
        applicationList.setItems(trusted.applications());
        applicationList.setPlaceholder(new Label(messages.get("access.applications.none")));
        trusted.selectedProperty().bind(applicationList.getSelectionModel().selectedItemProperty());
        removeApplication.disableProperty().bind(trusted.canRemoveProperty().not());
        askRadio.setSelected(viewModel.requirePasswordProperty().get());
        allowRadio.setSelected(!viewModel.requirePasswordProperty().get());
        askRadio.selectedProperty().addListener((o, old, ask) -> viewModel.requirePasswordProperty().set(ask));
        viewModel.requirePasswordProperty().addListener((o, old, ask) -> {
            askRadio.setSelected(ask);
            allowRadio.setSelected(!ask);
        });
        Labels.showWhenSet(error, viewModel.errorProperty());
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.dirtyBinding().not());
        revertButton.disableProperty().bind(viewModel.dirtyBinding().not().or(viewModel.busyProperty()));
        saveButton.disableProperty().bind(viewModel.canSaveBinding().not());
        viewModel.closedProperty().addListener((o, old, closed) -> {
            if (closed && form.getScene() != null) {
                form.getScene().getWindow().hide();
            }
        });
        form.sceneProperty().flatMap(Scene::windowProperty).addListener((o, old, w) -> {
            if (w != null) {
                w.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), w::hide);
                w.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
                    viewModel.dispose();
                    wipeSecretFields();
                });
            }
        });
    }

    /** Adds a tab after the Attributes tab (Fields & Files, for one). */
    public void addTab(String title, javafx.scene.Node content) {
        tabs.getTabs().add(1, new Tab(title, content));
    }

    /** Adds a row at the end of the Attributes tab (the one-time code row, for one). */
    public void addAttributeRow(javafx.scene.Node row) {
        form.getChildren().add(row);
    }

    private void bindSecret() {
        revealField.visibleProperty().bind(viewModel.secretShownProperty());
        secretField.visibleProperty().bind(viewModel.secretShownProperty().not());
        noteArea.visibleProperty().bind(viewModel.secretShownProperty());
        noteHidden.visibleProperty().bind(viewModel.secretShownProperty().not());
        viewModel.secretShownProperty().addListener((o, old, shown) -> {
            showPassword.setSelected(shown);
            showNote.setSelected(shown);
            settingSecret = true;
            try {
                if (shown) {
                    revealField.setText(viewModel.revealedProperty().get());
                    noteArea.setText(viewModel.revealedProperty().get());
                } else {
                    wipeSecretFields();
                }
            } finally {
                settingSecret = false;
            }
        });
        viewModel.secretEditedProperty().addListener((o, old, edited) -> {
            if (!edited) {
                wipeSecretFields();
            }
        });
        for (javafx.scene.control.TextInputControl field : new javafx.scene.control.TextInputControl[] {
            secretField, revealField, noteArea}) {
            field.textProperty().addListener(o -> {
                if (!settingSecret) {
                    viewModel.secretEdited();
                }
            });
        }
    }

    private void wipeSecretFields() {
        boolean was = settingSecret;
        settingSecret = true;
        try {
            SecretFields.wipe(revealField);
            SecretFields.wipe(secretField);
            noteArea.clear();
        } finally {
            settingSecret = was;
        }
    }

    private void registerValidators() {
        validation.registerValidator(nameField, false, (Validator<String>) (control, value) ->
                problem(control, viewModel.fields().nameProblem(viewModel.itemClass(), value)));
        if (viewModel.hasPassword()) {
            validation.registerValidator(whereField, false, (Validator<String>) (control, value) ->
                    problem(control, viewModel.fields().whereProblem(viewModel.itemClass(), value)));
        }
    }

    private static ValidationResult problem(Control control, String problem) {
        return ValidationResult.fromErrorIf(control, problem, !problem.isEmpty());
    }

    @FXML
    private void togglePassword() {
        toggle(showPassword.isSelected());
    }

    @FXML
    private void toggleNote() {
        toggle(showNote.isSelected());
    }

    private void toggle(boolean show) {
        if (show) {
            // Wait for the view model: it may need the keychain password first.
            showPassword.setSelected(false);
            showNote.setSelected(false);
            viewModel.showSecret();
        } else {
            viewModel.hideSecret();
        }
    }

    @FXML
    private void save() {
        char[] secret = null;
        if (viewModel.secretEditedProperty().get()) {
            secret = viewModel.isNote() ? noteArea.getText().toCharArray()
                    : SecretFields.read(viewModel.secretShownProperty().get() ? revealField : secretField);
        }
        viewModel.save(secret);
    }

    @FXML
    private void removeApplication() {
        viewModel.trustedApplications().removeSelected();
    }

    @FXML
    private void revert() {
        viewModel.revert();
        wipeSecretFields();
    }
}
