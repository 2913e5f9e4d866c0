package dev.latchkey.app.certassistant;

import dev.latchkey.app.certassistant.CertificateAssistantViewModel.Page;
import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.x509.KeyPurpose;
import dev.latchkey.crypto.x509.KeyUsageBit;
import dev.latchkey.model.certificates.StoredIdentity;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** Certificate Assistant's code-behind: the pages, the form's sections for the chosen task, inline checks. */
public final class CertificateAssistantView {
    private final CertificateAssistantViewModel viewModel;
    private final Messages messages;
    private final FileDialogs files;
    private final ValidationSupport validation = new ValidationSupport();
    private final ToggleGroup tasks = new ToggleGroup();
    @FXML
    private Label stepText;
    @FXML
    private Label introText;
    @FXML
    private Node introPage;
    @FXML
    private VBox taskChoices;
    @FXML
    private Node detailsPage;
    @FXML
    private Node donePage;
    @FXML
    private Label formTitle;
    @FXML
    private Node labelRow;
    @FXML
    private TextField labelField;
    @FXML
    private Node subjectSection;
    @FXML
    private TextField commonNameField;
    @FXML
    private TextField organizationField;
    @FXML
    private TextField unitField;
    @FXML
    private TextField countryField;
    @FXML
    private TextField emailField;
    @FXML
    private TextField dnsField;
    @FXML
    private TextField ipField;
    @FXML
    private TextField emailNamesField;
    @FXML
    private Node keySection;
    @FXML
    private ComboBox<KeyAlgorithm> algorithmChoice;
    @FXML
    private Node issuerSection;
    @FXML
    private ComboBox<StoredIdentity> issuerChoice;
    @FXML
    private Node requestSection;
    @FXML
    private TextField requestField;
    @FXML
    private Label requestSummary;
    @FXML
    private Node certificateSection;
    @FXML
    private TextField daysField;
    @FXML
    private CheckBox intermediateBox;
    @FXML
    private Node pathLengthRow;
    @FXML
    private TextField pathLengthField;
    @FXML
    private CheckBox customUsageBox;
    @FXML
    private FlowPane usageBoxes;
    @FXML
    private CheckBox customPurposesBox;
    @FXML
    private FlowPane purposeBoxes;
    @FXML
    private Node outputSection;
    @FXML
    private TextField outputField;
    @FXML
    private Label resultTitle;
    @FXML
    private Label resultText;
    @FXML
    private Label problem;
    @FXML
    private Label error;
    @FXML
    private HBox progressBox;
    @FXML
    private Button backButton;
    @FXML
    private Button continueButton;
    @FXML
    private Button createButton;
    @FXML
    private Button cancelButton;
    @FXML
    private Button doneButton;

    public CertificateAssistantView(CertificateAssistantViewModel viewModel, Messages messages, FileDialogs files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        introText.setText(messages.get("certAssistant.intro", viewModel.keychainName()));
        for (AssistantTask t : AssistantTask.values()) {
            RadioButton radio = new RadioButton(messages.get("certAssistant.task." + t.name()));
            radio.setId("task-" + t.name());
            radio.setUserData(t);
            radio.setToggleGroup(tasks);
            radio.setAccessibleText(radio.getText());
            Label hint = new Label(messages.get("certAssistant.task." + t.name() + ".hint"));
            hint.getStyleClass().add("field-hint");
            hint.setWrapText(true);
            VBox choice = new VBox(2, radio, hint);
            choice.getStyleClass().add("task-choice");
            taskChoices.getChildren().add(choice);
            if (t == viewModel.taskProperty().get()) {
                radio.setSelected(true);
            }
        }
        tasks.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.taskProperty().set((AssistantTask) now.getUserData());
            }
        });
        bindPages();
        bindForm();
        bindSections();
        bindChecks();
    }

    private void bindPages() {
        var page = viewModel.pageProperty();
        show(introPage, page.isEqualTo(Page.INTRO));
        show(detailsPage, page.isEqualTo(Page.DETAILS));
        show(donePage, page.isEqualTo(Page.DONE));
        show(backButton, page.isEqualTo(Page.DETAILS));
        show(continueButton, page.isEqualTo(Page.INTRO));
        show(createButton, page.isEqualTo(Page.DETAILS));
        show(cancelButton, page.isNotEqualTo(Page.DONE));
        show(doneButton, page.isEqualTo(Page.DONE));
        continueButton.defaultButtonProperty().bind(page.isEqualTo(Page.INTRO));
        createButton.defaultButtonProperty().bind(page.isEqualTo(Page.DETAILS));
        doneButton.defaultButtonProperty().bind(page.isEqualTo(Page.DONE));
        createButton.disableProperty().bind(viewModel.canCreateBinding().not());
        backButton.disableProperty().bind(viewModel.busyProperty());
        stepText.textProperty().bind(Bindings.createStringBinding(() -> switch (page.get()) {
            case INTRO -> messages.get("certAssistant.step.intro");
            case DETAILS -> messages.get("certAssistant.task." + viewModel.taskProperty().get().name());
            case DONE -> messages.get("certAssistant.step.done");
        }, page, viewModel.taskProperty()));
        formTitle.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                "certAssistant.task." + viewModel.taskProperty().get().name() + ".hint"), viewModel.taskProperty()));
        resultTitle.textProperty().bind(viewModel.resultTitleProperty());
        resultText.textProperty().bind(viewModel.resultTextProperty());
        progressBox.visibleProperty().bind(viewModel.busyProperty());
        viewModel.taskProperty().addListener((o, old, now) -> tasks.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
    }

    private void bindForm() {
        SubjectForm s = viewModel.subject();
        labelField.textProperty().bindBidirectional(viewModel.labelProperty());
        commonNameField.textProperty().bindBidirectional(s.commonNameProperty());
        organizationField.textProperty().bindBidirectional(s.organizationProperty());
        unitField.textProperty().bindBidirectional(s.unitProperty());
        countryField.textProperty().bindBidirectional(s.countryProperty());
        emailField.textProperty().bindBidirectional(s.emailProperty());
        dnsField.textProperty().bindBidirectional(s.dnsNamesProperty());
        ipField.textProperty().bindBidirectional(s.ipAddressesProperty());
        emailNamesField.textProperty().bindBidirectional(s.emailNamesProperty());
        algorithmChoice.getItems().setAll(KeyAlgorithm.values());
        algorithmChoice.setConverter(converter(KeyAlgorithm::displayName));
        algorithmChoice.valueProperty().bindBidirectional(viewModel.algorithmProperty());
        issuerChoice.setItems(viewModel.authorities());
        issuerChoice.setConverter(converter(StoredIdentity::label));
        issuerChoice.valueProperty().bindBidirectional(viewModel.issuerProperty());
        requestField.textProperty().bindBidirectional(viewModel.requestFileProperty());
        Labels.showWhenSet(requestSummary, viewModel.requestSummaryProperty());
        outputField.textProperty().bindBidirectional(viewModel.outputFileProperty());
        daysField.textProperty().bindBidirectional(viewModel.certificate().validityDaysProperty());
        intermediateBox.selectedProperty().bindBidirectional(viewModel.certificate().intermediateProperty());
        pathLengthField.textProperty().bindBidirectional(viewModel.certificate().pathLengthProperty());
        customUsageBox.selectedProperty().bindBidirectional(viewModel.certificate().customUsageProperty());
        for (KeyUsageBit bit : KeyUsageBit.values()) {
            CheckBox box = new CheckBox(bit.displayName());
            box.selectedProperty().bindBidirectional(viewModel.certificate().usageProperty(bit));
            box.disableProperty().bind(viewModel.certificate().customUsageProperty().not());
            usageBoxes.getChildren().add(box);
        }
        customPurposesBox.selectedProperty().bindBidirectional(viewModel.certificate().customPurposesProperty());
        for (KeyPurpose p : KeyPurpose.values()) {
            CheckBox box = new CheckBox(p.displayName());
            box.selectedProperty().bindBidirectional(viewModel.certificate().purposeProperty(p));
            box.disableProperty().bind(viewModel.certificate().customPurposesProperty().not());
            purposeBoxes.getChildren().add(box);
        }
    }

    private void bindSections() {
        var task = viewModel.taskProperty();
        show(labelRow, task.isNotEqualTo(AssistantTask.SIGN_REQUEST));
        show(subjectSection, Bindings.createBooleanBinding(() -> task.get().needsSubject(), task));
        show(keySection, Bindings.createBooleanBinding(() -> task.get().makesKey(), task));
        show(issuerSection, Bindings.createBooleanBinding(() -> task.get().needsIssuer(), task));
        show(requestSection, task.isEqualTo(AssistantTask.SIGN_REQUEST));
        show(certificateSection, Bindings.createBooleanBinding(() -> task.get().makesCertificate(), task));
        show(intermediateBox, task.isEqualTo(AssistantTask.ISSUE));
        show(pathLengthRow, Bindings.createBooleanBinding(viewModel::isCa, task, viewModel.certificate().intermediateProperty()));
        show(outputSection, task.isEqualTo(AssistantTask.REQUEST));
    }

    private void bindChecks() {
        SubjectForm s = viewModel.subject();
        check(countryField, s.countryProblemBinding());
        check(emailField, s.emailProblemBinding());
        check(dnsField, s.dnsProblemBinding());
        check(ipField, s.ipProblemBinding());
        check(emailNamesField, s.emailNamesProblemBinding());
        check(daysField, viewModel.certificate().daysProblemBinding());
        check(pathLengthField, viewModel.certificate().pathLengthProblemBinding());
        // The first problem, shown once the user has started on the form.
        Labels.showWhenSet(problem, Bindings.createStringBinding(() -> viewModel.pageProperty().get() == Page.DETAILS
                ? viewModel.problemBinding().get() : "", viewModel.pageProperty(), viewModel.problemBinding()));
        Labels.showWhenSet(error, viewModel.errorProperty());
    }

    private void check(TextField field, StringBinding problemText) {
        validation.registerValidator(field, false, (Validator<String>) (control, value) ->
                ValidationResult.fromErrorIf(control, problemText.get(), !problemText.get().isEmpty()));
    }

    private static void show(Node node, javafx.beans.value.ObservableBooleanValue visible) {
        node.visibleProperty().bind(visible);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("chosen, not typed");
            }
        };
    }

    @FXML
    private void chooseRequest() {
        files.chooseOneToOpen(messages.get("certAssistant.chooseRequest"), List.of(
                new FileChooser.ExtensionFilter(messages.get("certAssistant.requestFiles"), "*.csr", "*.pem", "*.req",
                        "*.der"),
                new FileChooser.ExtensionFilter(messages.get("certAssistant.allFiles"), "*")))
                .ifPresent(chosen -> viewModel.requestFileProperty().set(chosen.toAbsolutePath().toString()));
    }

    @FXML
    private void chooseOutput() {
        files.chooseToSave(messages.get("certAssistant.saveRequest"), outputField.getText())
                .ifPresent(chosen -> viewModel.outputFileProperty().set(chosen.toAbsolutePath().toString()));
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void create() {
        viewModel.create();
    }

    @FXML
    private void close() {
        doneButton.getScene().getWindow().hide();
    }
}
