package dev.latchkey.app.items;

import dev.latchkey.app.passwordassistant.StrengthViewModel;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** File ▸ New Item: an Internet password, an application password or a secure note. */
public final class NewItemViewModel {
    private final Keychain keychain;
    private final ItemClass kind;
    private final ItemFields fields;
    private final StrengthViewModel strength;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty where = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final BooleanProperty requirePassword = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper hasSecret = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<UUID> added = new ReadOnlyObjectWrapper<>();
    private final StringBinding nameProblem;
    private final StringBinding whereProblem;
    private final BooleanBinding canAdd;

    public NewItemViewModel(Keychain keychain, ItemClass kind, ItemFields fields, StrengthViewModel strength,
            TaskRunner runner, ErrorPresenter errors, Messages messages) {
        this.keychain = keychain;
        this.kind = kind;
        this.fields = fields;
        this.strength = strength;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        nameProblem = Bindings.createStringBinding(() -> fields.nameProblem(kind, name.get()), name);
        whereProblem = Bindings.createStringBinding(() -> fields.whereProblem(kind, where.get()), where);
        canAdd = Bindings.createBooleanBinding(() -> !busy.get() && added.get() == null
                && nameProblem.get().isEmpty() && whereProblem.get().isEmpty()
                && (hasSecret.get() || kind == ItemClass.SECURE_NOTE),
                busy, added, nameProblem, whereProblem, hasSecret);
    }

    public ItemClass kind() {
        return kind;
    }

    public boolean isNote() {
        return kind == ItemClass.SECURE_NOTE;
    }

    public String title() {
        return messages.get("newItem.title." + kind.name());
    }

    public String keychainName() {
        return keychain.ref().name();
    }

    /** The typed password changed: measure it, remember only whether there is one. Wipes it. */
    public void secretChanged(char[] secret) {
        try {
            hasSecret.set(secret.length > 0);
            if (!isNote()) {
                strength.measure(secret);
            }
            error.set("");
        } finally {
            Wipe.chars(secret);
        }
    }

    /** Adds the item; takes ownership of the secret (password or note text) and wipes it. */
    public void add(char[] secret) {
        hasSecret.set(secret.length > 0);
        if (!canAdd.get()) {
            Wipe.chars(secret);
            return;
        }
        ItemAttributes attributes = fields.apply(kind, ItemAttributes.builder(), name.get(), account.get(),
                where.get(), comment.get(), requirePassword.get()).build();
        Secret sealed = Secret.fromChars(secret);
        Wipe.chars(secret);
        runner.run(() -> {
            try (sealed) {
                return keychain.add(kind, attributes, sealed);
            }
        }).busy(busy).onSuccess(added::set).onFailure(e -> {
            if (ErrorPresenter.hasStatus(e, Status.DUPLICATE_ITEM)) {
                error.set(messages.get("newItem.duplicate"));
            } else if (ErrorPresenter.isExpected(e)) {
                error.set(ErrorPresenter.inlineMessage(e));
            } else {
                errors.present(e);
            }
        }).start();
    }

    public StrengthViewModel strength() {
        return strength;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty whereProperty() {
        return where;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public BooleanProperty requirePasswordProperty() {
        return requirePassword;
    }

    public StringBinding nameProblemBinding() {
        return nameProblem;
    }

    public StringBinding whereProblemBinding() {
        return whereProblem;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canAddBinding() {
        return canAdd;
    }

    /** The new item's id once it is stored; the dialog closes. */
    public ReadOnlyObjectProperty<UUID> addedProperty() {
        return added.getReadOnlyProperty();
    }

    public ItemFields fields() {
        return fields;
    }
}
