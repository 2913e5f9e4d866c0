package dev.latchkey.app.keychains;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Create your login keychain" on first run, "New Keychain" later: a name (fixed to
 * {@code login} on first run), a password judged live, and creation, unlocked at once, off
 * the UI thread (the key derivation takes most of a second by design, so it runs only once).
 */
public final class CreateKeychainViewModel {
    private final KeychainService service;
    private final boolean firstRun;
    private final NewPassword newPassword;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<KeychainRef> created = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canCreate;

    public CreateKeychainViewModel(KeychainService service, boolean firstRun, NewPassword newPassword,
            TaskRunner runner, ErrorPresenter errors, Messages messages) {
        this.service = service;
        this.firstRun = firstRun;
        this.newPassword = newPassword;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        name.addListener((o, old, now) -> nameError.set(checkName(now)));
        name.set(firstRun ? KeychainService.LOGIN : "");
        canCreate = Bindings.createBooleanBinding(() -> !busy.get() && created.get() == null
                && newPassword.isAcceptable() && !name.get().isBlank() && nameError.get().isEmpty(),
                busy, created, newPassword.acceptableProperty(), name, nameError);
    }

    private String checkName(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            service.resolve(text.strip());
            return text.contains("/") || text.contains("\\") ? messages.get("createKeychain.badName") : "";
        } catch (LatchkeyException e) {
            return messages.get("createKeychain.badName");
        }
    }

    public boolean isFirstRun() {
        return firstRun;
    }

    public String title() {
        return messages.get(firstRun ? "createKeychain.firstRun.title" : "createKeychain.title");
    }

    public String message() {
        return messages.get(firstRun ? "createKeychain.firstRun.message" : "createKeychain.message");
    }

    /** The typed passwords changed; wipes both arrays. */
    public void passwordsChanged(char[] password, char[] confirmation) {
        try {
            newPassword.changed(password, confirmation);
            error.set("");
        } finally {
            Wipe.chars(password, confirmation);
        }
    }

    /** Creates and unlocks the keychain; takes ownership of both arrays and wipes them. */
    public void create(char[] password, char[] confirmation) {
        newPassword.changed(password, confirmation);
        Wipe.chars(confirmation);
        if (!canCreate.get()) {
            Wipe.chars(password);
            return;
        }
        String keychainName = name.get().strip();
        error.set("");
        runner.run(() -> {
            try {
                return service.createUnlocked(keychainName, password).ref();
            } finally {
                Wipe.chars(password);
            }
        }).busy(busy).onSuccess(created::set).onFailure(e -> {
            if (ErrorPresenter.hasStatus(e, Status.DUPLICATE_KEYCHAIN)) {
                nameError.set(messages.get("createKeychain.exists", keychainName));
            } else if (ErrorPresenter.isExpected(e)) {
                error.set(ErrorPresenter.inlineMessage(e));
            } else {
                errors.present(e);
            }
        }).start();
    }

    public NewPassword newPassword() {
        return newPassword;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Set once the keychain exists and is unlocked; the dialog closes. */
    public ReadOnlyObjectProperty<KeychainRef> createdProperty() {
        return created.getReadOnlyProperty();
    }

    public BooleanBinding canCreateBinding() {
        return canCreate;
    }
}
