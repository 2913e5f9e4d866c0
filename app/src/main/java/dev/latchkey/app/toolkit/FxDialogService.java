package dev.latchkey.app.toolkit;

import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** {@link DialogService} with JavaFX alerts, ControlsFX notifications and the error dialog. */
public final class FxDialogService implements DialogService {
    private final Windows windows;
    private final ViewLoader loader;
    private final Messages messages;
    private final SystemClipboard clipboard;

    public FxDialogService(Windows windows, ViewLoader loader, Messages messages, SystemClipboard clipboard) {
        this.windows = windows;
        this.loader = loader;
        this.messages = messages;
        this.clipboard = clipboard;
    }

    @Override
    public boolean confirm(Confirmation c) {
        ButtonType action = new ButtonType(c.action(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, c.message(), cancel, action);
        alert.initOwner(windows.mainWindow());
        ((javafx.stage.Stage) alert.getDialogPane().getScene().getWindow()).getIcons().setAll(AppIcons.windowIcons());
        alert.setTitle(c.title());
        alert.setHeaderText(c.title());
        alert.getDialogPane().getStylesheets().add(Windows.STYLESHEET);
        Button actionButton = (Button) alert.getDialogPane().lookupButton(action);
        if (c.destructive()) {
            // A destructive action is never the default: Enter cancels.
            actionButton.getStyleClass().add("danger");
            actionButton.setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        }
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    @Override
    public void notify(String message) {
        Notifications.create().owner(windows.mainWindow()).text(message).position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(5)).showInformation();
    }

    @Override
    public void showError(ErrorReport report) {
        ErrorView view = new ErrorView(new ErrorViewModel(report, clipboard), messages);
        Stage stage = windows.dialog(loader.load(view), messages.get("error.window"), true);
        stage.show();
    }
}
