package dev.latchkey.app.certificates;

import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.crypto.trust.PolicyKind;
import dev.latchkey.crypto.trust.TrustSetting;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The certificate inspector's code-behind: details, trust section with a choice per policy, PEM. */
public final class CertificateInspectorView {
    private final CertificateInspectorViewModel viewModel;
    private final Messages messages;
    @FXML
    private VBox root;
    @FXML
    private FontIcon kindIcon;
    @FXML
    private Label title;
    @FXML
    private Label subtitle;
    @FXML
    private HBox verdictLine;
    @FXML
    private FontIcon verdictIcon;
    @FXML
    private Label verdictTitle;
    @FXML
    private Label verdictDetail;
    @FXML
    private VBox details;
    @FXML
    private ComboBox<TrustSetting> allPolicies;
    @FXML
    private GridPane policies;
    @FXML
    private Label trustNote;
    @FXML
    private TextArea pemArea;
    @FXML
    private Label copied;

    public CertificateInspectorView(CertificateInspectorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        kindIcon.setIconLiteral(viewModel.isIdentity() ? "mdi2a-account-key-outline" : "mdi2c-certificate-outline");
        title.setText(viewModel.title());
        subtitle.setText(viewModel.subtitle());
        verdictTitle.textProperty().bind(viewModel.verdictTitleProperty());
        verdictDetail.textProperty().bind(viewModel.verdictDetailProperty());
        viewModel.statusProperty().addListener((o, old, now) -> showStatus(now));
        DetailSections.fill(details, viewModel.sections());
        pemArea.setText(viewModel.pem());
        copied.setVisible(false);
        setUpTrust();
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

    private void showStatus(CertificateStatus status) {
        for (CertificateStatus s : CertificateStatus.values()) {
            verdictLine.getStyleClass().remove(s.styleClass());
        }
        if (status != null) {
            verdictLine.getStyleClass().add(status.styleClass());
            verdictIcon.setIconLiteral(status.icon());
        }
    }

    private void setUpTrust() {
        TrustChoices trust = viewModel.trust();
        allPolicies.getItems().setAll(TrustSetting.values());
        allPolicies.setConverter(converter("trust.all."));
        allPolicies.valueProperty().bindBidirectional(trust.allPoliciesProperty());
        allPolicies.disableProperty().bind(trust.editableProperty().not());
        int row = 0;
        for (PolicyKind kind : PolicyKind.values()) {
            Label name = new Label(kind.displayName());
            name.getStyleClass().add("detail-label");
            ComboBox<TrustSetting> choice = new ComboBox<>();
            choice.setId("trust-" + kind.cliName());
            choice.getItems().setAll(TrustSetting.values());
            choice.setConverter(converter("trust.one."));
            choice.valueProperty().bindBidirectional(trust.policyProperty(kind));
            choice.disableProperty().bind(trust.editableProperty().not());
            choice.setAccessibleText(kind.displayName());
            choice.setMaxWidth(Double.MAX_VALUE);
            policies.addRow(row++, name, choice);
        }
        trustNote.setText(viewModel.trustNote());
    }

    private StringConverter<TrustSetting> converter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(TrustSetting s) {
                return s == null ? "" : messages.get(prefix + s.name());
            }

            @Override
            public TrustSetting fromString(String text) {
                throw new UnsupportedOperationException("the choices are not typed");
            }
        };
    }

    @FXML
    private void copyPem() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.pem());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        copied.setVisible(true);
    }

    @FXML
    private void evaluate() {
        viewModel.evaluate();
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
