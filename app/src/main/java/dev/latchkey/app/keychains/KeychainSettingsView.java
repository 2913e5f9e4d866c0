package dev.latchkey.app.keychains;

import dev.latchkey.app.settings.GuiSettings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/** The keychain-settings dialog's code-behind. */
public final class KeychainSettingsView {
    private final KeychainSettingsViewModel viewModel;
    @FXML
    private javafx.scene.control.Label title;
    @FXML
    private CheckBox autoLock;
    @FXML
    private Spinner<Integer> minutes;
    @FXML
    private CheckBox lockOnSleep;
    @FXML
    private Spinner<Integer> clipboardSeconds;
    @FXML
    private Button saveButton;

    public KeychainSettingsView(KeychainSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        autoLock.selectedProperty().bindBidirectional(viewModel.autoLockProperty());
        lockOnSleep.selectedProperty().bindBidirectional(viewModel.lockOnSleepProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory m = new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                KeychainSettingsViewModel.MAX_MINUTES, viewModel.minutesProperty().get());
        minutes.setValueFactory(m);
        m.valueProperty().addListener((o, old, now) -> viewModel.minutesProperty().set(now));
        minutes.disableProperty().bind(viewModel.autoLockProperty().not());
        SpinnerValueFactory.IntegerSpinnerValueFactory c = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                GuiSettings.MIN_CLIPBOARD_SECONDS, GuiSettings.MAX_CLIPBOARD_SECONDS,
                viewModel.clipboardSecondsProperty().get(), 5);
        clipboardSeconds.setValueFactory(c);
        c.valueProperty().addListener((o, old, now) -> viewModel.clipboardSecondsProperty().set(now));
        saveButton.disableProperty().bind(viewModel.busyProperty());
        viewModel.savedProperty().addListener((o, old, saved) -> close());
    }

    @FXML
    private void save() {
        minutes.commitValue();
        clipboardSeconds.commitValue();
        viewModel.save();
    }

    @FXML
    private void cancel() {
        close();
    }

    private void close() {
        title.getScene().getWindow().hide();
    }
}
