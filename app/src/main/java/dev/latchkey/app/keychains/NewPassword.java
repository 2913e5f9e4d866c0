package dev.latchkey.app.keychains;

import dev.latchkey.app.passwordassistant.StrengthViewModel;
import dev.latchkey.app.toolkit.Messages;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A new keychain password and its confirmation, judged as the user types: a very weak
 * password (zxcvbn score 0–1) is refused, a weak one (2) warned about, and both fields
 * must match. Only the verdict is kept, never the password.
 */
public final class NewPassword {
    private final StrengthViewModel strength;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");

    public NewPassword(StrengthViewModel strength, Messages messages) {
        this.strength = strength;
        this.messages = messages;
    }

    /** Judges the typed pair; the caller still owns and wipes both arrays. */
    public void changed(char[] password, char[] confirmation) {
        strength.measure(password);
        boolean empty = password.length == 0;
        boolean matches = Arrays.equals(password, confirmation);
        if (empty) {
            problem.set("");
        } else if (strength.isVeryWeak()) {
            problem.set(messages.get("newPassword.tooWeak"));
        } else if (confirmation.length > 0 && !matches) {
            problem.set(messages.get("newPassword.mismatch"));
        } else {
            problem.set("");
        }
        warning.set(!empty && strength.isWeak() ? messages.get("newPassword.weak") : "");
        acceptable.set(!empty && matches && !strength.isVeryWeak());
    }

    public StrengthViewModel strength() {
        return strength;
    }

    public ReadOnlyBooleanProperty acceptableProperty() {
        return acceptable.getReadOnlyProperty();
    }

    public boolean isAcceptable() {
        return acceptable.get();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }
}
