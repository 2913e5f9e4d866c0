package dev.latchkey.app.keychains;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.unlock.PasswordThrottle;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Keychain ▸ Change Password: the current password, a new one judged live, its confirmation. */
public final class ChangePasswordViewModel {
    private final KeychainService service;
    private final KeychainRef ref;
    private final NewPassword newPassword;
    private final PasswordThrottle throttle;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final ReadOnlyStringWrapper currentError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canChange;

    public ChangePasswordViewModel(KeychainService service, KeychainRef ref, NewPassword newPassword,
            PasswordThrottle throttle, TaskRunner runner, ErrorPresenter errors, Messages messages) {
        this.service = service;
        this.ref = ref;
        this.newPassword = newPassword;
        this.throttle = throttle;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        canChange = Bindings.createBooleanBinding(() -> !busy.get() && !changed.get() && newPassword.isAcceptable(),
                busy, changed, newPassword.acceptableProperty());
    }

    public String title() {
        return messages.get("changePassword.title", ref.name());
    }

    /** The new password or its confirmation changed; wipes both arrays. */
    public void passwordsChanged(char[] password, char[] confirmation) {
        try {
            newPassword.changed(password, confirmation);
        } finally {
            Wipe.chars(password, confirmation);
        }
    }

    /** Takes ownership of the three arrays and wipes them. */
    public void change(char[] current, char[] password, char[] confirmation) {
        newPassword.changed(password, confirmation);
        Wipe.chars(confirmation);
        Duration wait = throttle.remaining(ref);
        if (!canChange.get() || current.length == 0 || !wait.isZero()) {
            if (!wait.isZero()) {
                currentError.set(messages.get("unlock.wait", (int) Math.ceil(wait.toMillis() / 1000.0)));
            } else if (current.length == 0) {
                currentError.set(messages.get("changePassword.currentMissing"));
            }
            Wipe.chars(current, password);
            return;
        }
        currentError.set("");
        runner.runAction(() -> {
            try {
                service.changePassword(ref, current, password);
            } finally {
                Wipe.chars(current, password);
            }
        }).busy(busy).onSuccess(v -> {
            throttle.succeeded(ref);
            changed.set(true);
        }).onFailure(e -> {
            if (ErrorPresenter.hasStatus(e, Status.AUTH_FAILED)) {
                throttle.failed(ref);
                currentError.set(messages.get("changePassword.wrong"));
            } else if (ErrorPresenter.isExpected(e)) {
                currentError.set(ErrorPresenter.inlineMessage(e));
            } else {
                errors.present(e);
            }
        }).start();
    }

    public NewPassword newPassword() {
        return newPassword;
    }

    public ReadOnlyStringProperty currentErrorProperty() {
        return currentError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public BooleanBinding canChangeBinding() {
        return canChange;
    }
}
