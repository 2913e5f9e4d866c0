package dev.latchkey.app.transfer;

import dev.latchkey.app.transfer.PasswordImportViewModel.Step;
import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.SecretFields;
import dev.latchkey.model.transfer.entries.DuplicatePolicy;
import dev.latchkey.model.transfer.entries.PasswordImport;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** The import wizard's code-behind: one page per step, the buttons named for the step. */
public final class PasswordImportView {
    private final PasswordImportViewModel viewModel;
    private final Messages messages;
    @FXML private Label title;
    @FXML private Label stepMessage;
    @FXML private VBox choosePage;
    @FXML private VBox unlockPage;
    @FXML private VBox previewPage;
    @FXML private VBox progressPage;
    @FXML private VBox summaryPage;
    @FXML private TextField pathField;
    @FXML private ComboBox<PasswordImportViewModel.FormatChoice> formatChoice;
    @FXML private CheckBox tagsBox;
    @FXML private CheckBox historyBox;
    @FXML private Label unlockMessage;
    @FXML private PasswordField passwordField;
    @FXML private VBox keyFileBox;
    @FXML private TextField keyFileField;
    @FXML private Label previewSummary;
    @FXML private TableView<PasswordImport.Planned> previewTable;
    @FXML private TableColumn<PasswordImport.Planned, String> nameColumn;
    @FXML private TableColumn<PasswordImport.Planned, String> kindColumn;
    @FXML private TableColumn<PasswordImport.Planned, String> accountColumn;
    @FXML private TableColumn<PasswordImport.Planned, String> folderColumn;
    @FXML private TableColumn<PasswordImport.Planned, String> duplicateColumn;
    @FXML private ListView<String> reportList;
    @FXML private ToggleGroup duplicateGroup;
    @FXML private RadioButton skipButton;
    @FXML private RadioButton keepBothButton;
    @FXML private RadioButton replaceButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressText;
    @FXML private Label summary;
    @FXML private ListView<String> summaryReport;
    @FXML private Label error;
    @FXML private Button backButton;
    @FXML private Button cancelButton;
    @FXML private Button nextButton;

    public PasswordImportView(PasswordImportViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        pathField.textProperty().bindBidirectional(viewModel.pathProperty());
        formatChoice.setItems(viewModel.formats());
        formatChoice.valueProperty().bindBidirectional(viewModel.formatProperty());
        tagsBox.selectedProperty().bindBidirectional(viewModel.groupsAsTagsProperty());
        historyBox.selectedProperty().bindBidirectional(viewModel.keepHistoryProperty());
        unlockMessage.textProperty().bind(viewModel.unlockMessageProperty());
        keyFileField.textProperty().bindBidirectional(viewModel.keyFileProperty());
        keyFileBox.visibleProperty().bind(viewModel.keePassProperty());
        keyFileBox.managedProperty().bind(keyFileBox.visibleProperty());
        previewSummary.textProperty().bind(viewModel.previewSummaryProperty());
        previewTable.setItems(viewModel.preview());
        column(nameColumn, PasswordImport.Planned::name);
        column(kindColumn, p -> capitalized(p.itemClass().displayName()));
        column(accountColumn, PasswordImport.Planned::account);
        column(folderColumn, PasswordImport.Planned::folder);
        column(duplicateColumn, p -> p.clash() == PasswordImport.Clash.NONE ? ""
                : messages.get("passwordImport.clash." + p.clash().name()));
        reportList.setItems(viewModel.report());
        summaryReport.setItems(viewModel.report());
        wrapping(reportList);
        wrapping(summaryReport);
        Map<Toggle, DuplicatePolicy> policies = Map.of(skipButton, DuplicatePolicy.SKIP, keepBothButton,
                DuplicatePolicy.KEEP_BOTH, replaceButton, DuplicatePolicy.REPLACE);
        skipButton.setSelected(true);
        duplicateGroup.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.duplicatesProperty().set(policies.get(now));
            }
        });
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressText.textProperty().bind(viewModel.progressTextProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        Labels.showWhenSet(error, viewModel.errorProperty());
        SecretFields.wipeWhenHidden(passwordField);
        viewModel.stepProperty().addListener((o, old, now) -> show(now));
        show(viewModel.stepProperty().get());
    }

    private static void column(TableColumn<PasswordImport.Planned, String> column,
            Function<PasswordImport.Planned, String> value) {
        column.setCellValueFactory(c -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Report lines wrap inside the list instead of scrolling sideways. */
    private static void wrapping(ListView<String> list) {
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
    }

    private void show(Step step) {
        choosePage.setVisible(step == Step.CHOOSE);
        unlockPage.setVisible(step == Step.UNLOCK);
        previewPage.setVisible(step == Step.PREVIEW);
        progressPage.setVisible(step == Step.PROGRESS);
        summaryPage.setVisible(step == Step.SUMMARY);
        stepMessage.setText(messages.get("passwordImport.step." + step.name()));
        backButton.setVisible(step == Step.UNLOCK || step == Step.PREVIEW);
        cancelButton.setVisible(step != Step.SUMMARY);
        nextButton.setText(messages.get(switch (step) {
            case PREVIEW -> "passwordImport.import";
            case SUMMARY -> "passwordImport.done";
            default -> "passwordImport.next";
        }));
        nextButton.setVisible(step != Step.PROGRESS);
        nextButton.disableProperty().unbind();
        if (step == Step.CHOOSE) {
            nextButton.disableProperty().bind(viewModel.canReadBinding().not());
        } else {
            nextButton.disableProperty().bind(viewModel.busyProperty());
        }
        if (step == Step.UNLOCK) {
            passwordField.requestFocus();
        }
    }

    @FXML
    private void browse() {
        viewModel.browse();
    }

    @FXML
    private void next() {
        switch (viewModel.stepProperty().get()) {
            case CHOOSE -> viewModel.next();
            case UNLOCK -> viewModel.unlock(SecretFields.read(passwordField));
            case PREVIEW -> viewModel.importNow();
            case SUMMARY -> close();
            default -> {
            }
        }
    }

    @FXML
    private void back() {
        SecretFields.wipe(passwordField);
        viewModel.back();
    }

    @FXML
    private void cancel() {
        boolean running = viewModel.busyProperty().get();
        viewModel.cancel();
        if (!running) {
            close();
        }
    }

    private void close() {
        viewModel.close();
        nextButton.getScene().getWindow().hide();
    }
}
