package dev.latchkey.app.signature;

import dev.latchkey.app.trustviewer.ChainDisplay;
import dev.latchkey.app.trustviewer.ChainLink;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.model.codesign.CodeSignatureVerdict;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/** Verify Signature's code-behind: choosing the JAR, the verdict, the entries, the signer and its chain. */
public final class VerifySignatureView {
    private final VerifySignatureViewModel viewModel;
    private final Messages messages;
    private final FileDialogs files;
    @FXML
    private VBox root;
    @FXML
    private Label fileName;
    @FXML
    private Button chooseButton;
    @FXML
    private Label fileError;
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
    private Label entries;
    @FXML
    private VBox problems;
    @FXML
    private Label signer;
    @FXML
    private Label algorithms;
    @FXML
    private Label timestamp;
    @FXML
    private Label evaluation;
    @FXML
    private TreeView<ChainLink> chainTree;
    @FXML
    private VBox findings;

    public VerifySignatureView(VerifySignatureViewModel viewModel, Messages messages, FileDialogs files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        fileName.textProperty().bind(viewModel.fileNameProperty().map(n -> n.isEmpty()
                ? messages.get("verifySignature.noFile") : n));
        chooseButton.disableProperty().bind(viewModel.busyProperty());
        Labels.showWhenSet(fileError, viewModel.fileErrorProperty());
        resultBox.visibleProperty().bind(viewModel.verifiedProperty());
        resultBox.managedProperty().bind(viewModel.verifiedProperty());
        verdict.textProperty().bind(viewModel.verdictProperty());
        explanation.textProperty().bind(viewModel.explanationProperty());
        entries.textProperty().bind(viewModel.entriesProperty());
        signer.textProperty().bind(viewModel.signerProperty());
        algorithms.textProperty().bind(viewModel.algorithmsProperty());
        timestamp.textProperty().bind(viewModel.timestampProperty());
        evaluation.textProperty().bind(viewModel.evaluationProperty());
        viewModel.outcomeProperty().addListener((o, old, now) -> showOutcome(now));
        viewModel.problems().addListener((ListChangeListener<String>) c -> showProblems(List.copyOf(viewModel.problems())));
        ChainDisplay.install(chainTree, messages);
        viewModel.chain().addListener((ListChangeListener<ChainLink>) c -> {
            List<ChainLink> links = List.copyOf(viewModel.chain());
            ChainDisplay.show(chainTree, links);
            ChainDisplay.findings(findings, links, messages);
        });
        root.sceneProperty().flatMap(Scene::windowProperty).addListener((o, old, w) -> {
            if (w != null) {
                w.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), w::hide);
            }
        });
    }

    private void showOutcome(CodeSignatureVerdict.Outcome outcome) {
        boolean ok = outcome == CodeSignatureVerdict.Outcome.VALID;
        verdictLine.getStyleClass().removeAll("status-valid", "status-failed");
        verdictLine.getStyleClass().add(ok ? "status-valid" : "status-failed");
        verdictIcon.setIconLiteral(ok ? "mdi2c-check-decagram" : "mdi2c-close-octagon-outline");
    }

    private void showProblems(List<String> lines) {
        problems.getChildren().clear();
        for (String line : lines) {
            Label label = new Label("•  " + line);
            label.setWrapText(true);
            label.getStyleClass().add("finding-sentence");
            problems.getChildren().add(label);
        }
    }

    @FXML
    private void choose() {
        List<Path> chosen = files.chooseToOpen(messages.get("verifySignature.chooseTitle"), List.of(
                new FileChooser.ExtensionFilter(messages.get("verifySignature.jarFiles"), "*.jar", "*.war", "*.ear",
                        "*.apk", "*.zip"),
                new FileChooser.ExtensionFilter(messages.get("import.allFiles"), "*")));
        if (!chosen.isEmpty()) {
            viewModel.verify(chosen.get(0));
        }
    }

    @FXML
    private void close() {
        root.getScene().getWindow().hide();
    }
}
