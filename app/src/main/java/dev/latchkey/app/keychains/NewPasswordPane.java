package dev.latchkey.app.keychains;

import dev.latchkey.app.passwordassistant.StrengthBar;
import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.SecretFields;
import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * The new-password fields of Create Keychain and Change Password: the password, its
 * confirmation, the strength meter and what is wrong with the pair, judged by a
 * {@link NewPassword} as the user types. Usable in FXML; the fields are wiped when the
 * window hides.
 */
public final class NewPasswordPane extends VBox {
    private final Label passwordLabel = new Label();
    private final Label confirmLabel = new Label();
    private final PasswordField passwordField = new PasswordField();
    private final PasswordField confirmField = new PasswordField();
    private final StrengthBar strengthBar = new StrengthBar();
    private final Label problem = new Label();
    private final Label warning = new Label();

    public NewPasswordPane() {
        super(14);
        passwordField.setId("passwordField");
        confirmField.setId("confirmField");
        passwordField.accessibleTextProperty().bind(passwordLabel.textProperty());
        confirmField.accessibleTextProperty().bind(confirmLabel.textProperty());
        problem.getStyleClass().add("field-error");
        warning.getStyleClass().add("field-warning");
        problem.setWrapText(true);
        warning.setWrapText(true);
        getChildren().addAll(new VBox(4, passwordLabel, passwordField), new VBox(4, confirmLabel, confirmField),
                strengthBar, problem, warning);
        SecretFields.wipeWhenHidden(passwordField, confirmField);
    }

    /** The first field's label ("New password", "Password"); set from FXML. */
    public StringProperty passwordLabelProperty() {
        return passwordLabel.textProperty();
    }

    public String getPasswordLabel() {
        return passwordLabel.getText();
    }

    public void setPasswordLabel(String text) {
        passwordLabel.setText(text);
    }

    /** The confirmation field's label; set from FXML. */
    public StringProperty confirmLabelProperty() {
        return confirmLabel.textProperty();
    }

    public String getConfirmLabel() {
        return confirmLabel.getText();
    }

    public void setConfirmLabel(String text) {
        confirmLabel.setText(text);
    }

    /**
     * Shows {@code verdict}'s judgement; each keystroke hands copies of both fields to
     * {@code typed}, which owns and wipes them.
     */
    public void bind(NewPassword verdict, String entropyFormat, BiConsumer<char[], char[]> typed) {
        strengthBar.bind(verdict.strength(), entropyFormat);
        Labels.showWhenSet(problem, verdict.problemProperty());
        Labels.showWhenSet(warning, verdict.warningProperty());
        InvalidationListener changed = o -> typed.accept(password(), confirmation());
        passwordField.textProperty().addListener(changed);
        confirmField.textProperty().addListener(changed);
    }

    /** The fields cannot be edited while {@code busy} holds (the key is being derived). */
    public void disableWhile(ObservableBooleanValue busy) {
        passwordField.disableProperty().bind(busy);
        confirmField.disableProperty().bind(busy);
    }

    /** A copy of the password; the caller wipes it. */
    public char[] password() {
        return SecretFields.read(passwordField);
    }

    /** A copy of the confirmation; the caller wipes it. */
    public char[] confirmation() {
        return SecretFields.read(confirmField);
    }
}
