package dev.latchkey.app.transfer;

import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.Messages;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The import report's code-behind: progress while files are read, then one block per file. */
public final class ImportView {
    private final ImportViewModel viewModel;
    private final Messages messages;
    @FXML
    private Label title;
    @FXML
    private HBox progressBox;
    @FXML
    private Label progress;
    @FXML
    private VBox outcomes;
    @FXML
    private Button doneButton;

    public ImportView(ImportViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        Labels.showWhenSet(progress, viewModel.progressProperty());
        progressBox.visibleProperty().bind(viewModel.doneProperty().not());
        progressBox.managedProperty().bind(progressBox.visibleProperty());
        doneButton.disableProperty().bind(viewModel.doneProperty().not());
        viewModel.outcomes().addListener((ListChangeListener<FileOutcome>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::show);
            }
        });
        viewModel.outcomes().forEach(this::show);
    }

    private void show(FileOutcome outcome) {
        FontIcon icon = new FontIcon(switch (outcome.result()) {
            case IMPORTED -> "mdi2c-check-circle";
            case NOTHING_NEW -> "mdi2i-information";
            case FAILED -> "mdi2c-close-circle";
            case CANCELLED -> "mdi2c-cancel";
        });
        Label file = new Label(outcome.file(), icon);
        file.getStyleClass().addAll("outcome-file", "outcome-" + outcome.result().name().toLowerCase(java.util.Locale.ROOT));
        Label summary = new Label(outcome.summary());
        summary.setWrapText(true);
        summary.getStyleClass().add("outcome-summary");
        VBox block = new VBox(4, file, summary);
        block.getStyleClass().add("outcome");
        list(block, "import.imported", outcome.imported());
        list(block, "import.duplicates", outcome.duplicates());
        list(block, "import.skipped", outcome.skipped());
        outcomes.getChildren().add(block);
    }

    private void list(VBox block, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Label title = new Label(messages.get(heading));
        title.getStyleClass().add("outcome-heading");
        block.getChildren().add(title);
        for (String line : lines) {
            Label l = new Label("•  " + line);
            l.setWrapText(true);
            block.getChildren().add(l);
        }
    }

    @FXML
    private void done() {
        doneButton.getScene().getWindow().hide();
    }
}
