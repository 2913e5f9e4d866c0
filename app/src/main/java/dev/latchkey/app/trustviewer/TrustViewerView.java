package dev.latchkey.app.trustviewer;

import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.crypto.trust.PolicyKind;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.kordamp.ikonli.javafx.FontIcon;

/** The trust viewer's code-behind: the form, the chain as a tree with marks, and the findings per certificate. */
public final class TrustViewerView {
    private final TrustViewerViewModel viewModel;
    private final Messages messages;
    private final FileDialogs files;
    private final ValidationSupport validation = new ValidationSupport();
    @FXML
    private VBox root;
    @FXML
    private Label title;
    @FXML
    private ComboBox<PolicyKind> policyChoice;
    @FXML
    private Label nameLabel;
    @FXML
    private TextField nameField;
    @FXML
    private RadioButton nowRadio;
    @FXML
    private RadioButton atRadio;
    @FXML
    private DatePicker datePicker;
    @FXML
    private TextField timeField;
    @FXML
    private Label timeError;
    @FXML
    private Button evaluateButton;
    @FXML
    private Label crlStatus;
    @FXML
    private Label crlError;
    @FXML
    private VBox resultBox;
    @FXML
    private HBox verdictLine;
    @FXML
    private FontIcon verdictIcon;
    @FXML
    private Label verdict;
    @FXML
    private Label explanation;
    @FXML
    private TreeView<ChainLink> chainTree;
    @FXML
    private Label linkRole;
    @FXML
    private Label linkSubject;
    @FXML
    private Label linkIssuer;
    @FXML
    private Label linkValidity;
    @FXML
    private Label linkSha256;
    @FXML
    private VBox findings;

    public TrustViewerView(TrustViewerViewModel viewModel, Messages messages, FileDialogs files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        title.setText(messages.get("trustViewer.heading", viewModel.label()));
        policyChoice.getItems().setAll(PolicyKind.values());
        policyChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(PolicyKind kind) {
                return kind == null ? "" : kind.displayName();
            }

            @Override
            public PolicyKind fromString(String text) {
                throw new UnsupportedOperationException("the policies are not typed");
            }
        });
        policyChoice.valueProperty().bindBidirectional(viewModel.policyProperty());
        nameLabel.textProperty().bind(viewModel.nameLabelBinding());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        nameField.disableProperty().bind(viewModel.nameAppliesBinding().not());
        nameField.accessibleTextProperty().bind(viewModel.nameLabelBinding());
        nowRadio.setSelected(viewModel.atNowProperty().get());
        atRadio.setSelected(!viewModel.atNowProperty().get());
        atRadio.selectedProperty().addListener((o, old, at) -> viewModel.atNowProperty().set(!at));
        datePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        timeField.textProperty().bindBidirectional(viewModel.timeProperty());
        datePicker.disableProperty().bind(viewModel.atNowProperty());
        timeField.disableProperty().bind(viewModel.atNowProperty());
        Labels.showWhenSet(timeError, viewModel.timeProblemBinding());
        validation.registerValidator(timeField, false, (Validator<String>) (control, value) ->
                ValidationResult.fromErrorIf(control, viewModel.timeProblemBinding().get(),
                        !viewModel.timeProblemBinding().get().isEmpty()));
        evaluateButton.disableProperty().bind(viewModel.canEvaluateBinding().not());
        crlStatus.textProperty().bind(viewModel.crlStatusProperty());
        Labels.showWhenSet(crlError, viewModel.crlErrorProperty());
        // The result's room is kept from the start, so the window does not jump when it arrives.
        resultBox.visibleProperty().bind(viewModel.evaluatedProperty());
        verdict.textProperty().bind(viewModel.verdictProperty());
        explanation.textProperty().bind(viewModel.explanationProperty());
        viewModel.trustedProperty().addListener((o, old, ok) -> showVerdict(ok));
        ChainDisplay.install(chainTree, messages);
        chainTree.getSelectionModel().selectedItemProperty().addListener((o, old, item) ->
                showLink(item == null ? null : item.getValue()));
        viewModel.chain().addListener((ListChangeListener<ChainLink>) c -> showChain(List.copyOf(viewModel.chain())));
        root.sceneProperty().flatMap(Scene::windowProperty).addListener((o, old, w) -> {
            if (w != null) {
                w.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), w::hide);
            }
        });
    }

    private void showVerdict(boolean ok) {
        verdictLine.getStyleClass().removeAll("status-valid", "status-failed");
        verdictLine.getStyleClass().add(ok ? "status-valid" : "status-failed");
        verdictIcon.setIconLiteral(ok ? "mdi2c-check-decagram" : "mdi2c-close-octagon-outline");
    }

    private void showChain(List<ChainLink> links) {
        ChainDisplay.show(chainTree, links);
        ChainDisplay.findings(findings, links, messages);
    }

    private void showLink(ChainLink link) {
        linkRole.setText(link == null ? "" : link.role());
        linkSubject.setText(link == null ? "" : link.subject());
        linkIssuer.setText(link == null ? "" : link.issuer());
        linkValidity.setText(link == null ? "" : link.validity());
        linkSha256.setText(link == null ? "" : link.sha256());
    }

    @FXML
    private void addCrl() {
        files.chooseOneToOpen(messages.get("trustViewer.addCrl"), List.of(
                new FileChooser.ExtensionFilter(messages.get("trustViewer.crlFiles"), "*.crl", "*.pem", "*.der"),
                new FileChooser.ExtensionFilter(messages.get("import.allFiles"), "*")))
                .ifPresent(viewModel::addCrl);
    }

    @FXML
    private void evaluate() {
        viewModel.evaluate();
    }

    @FXML
    private void close() {
        root.getScene().getWindow().hide();
    }
}
