package dev.latchkey.app.testing;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A login form in its own process and X window, for the auto-type test to type into: an
 * account field and a password field. It prints {@code READY} once shown with the account
 * field focused, and {@code TYPED <account>|<password>} when Enter is pressed in the password
 * field, then exits.
 */
public final class TypingTarget {
    public static final String TITLE = "Auto-type target";

    private TypingTarget() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            TextField account = new TextField();
            PasswordField password = new PasswordField();
            password.setOnAction(e -> {
                System.out.println("TYPED " + account.getText() + "|" + password.getText());
                System.out.flush();
                Platform.exit();
                System.exit(0);
            });
            Stage stage = new Stage();
            stage.setTitle(TITLE);
            stage.setScene(new Scene(new VBox(8, account, password), 320, 120));
            stage.setOnShown(e -> Platform.runLater(() -> {
                account.requestFocus();
                System.out.println("READY");
                System.out.flush();
            }));
            stage.show();
        });
    }
}
