package dev.latchkey.app.inspector;

import dev.latchkey.app.autotype.AutoTypeSequence;
import dev.latchkey.app.items.ItemFields;
import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.unlock.Authenticator;
import dev.latchkey.app.unlock.SecretReader;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainListener;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.LockListener;
import dev.latchkey.model.keychain.LockState;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Get Info on an item. Attributes: edit name, account, where and comment; show the password
 * (the model asks for the keychain password for protected items, and this asks the user);
 * type a new one. Access Control: "ask for the keychain password before revealing or copying
 * this item", stored on the item and enforced by the model. Closes when the keychain locks or
 * the item is deleted.
 */
public final class InspectorViewModel {
    private final KeychainService service;
    private final Keychain keychain;
    private final SecretReader secrets;
    private final Authenticator authenticator;
    private final ItemFields fields;
    private final ItemTexts texts;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private Item item;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty where = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty autoType = new SimpleStringProperty("");
    private final BooleanProperty requirePassword = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper created = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper modified = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper revealed = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper secretShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper secretEdited = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper();
    /** Counts loads of the item, so "dirty" is recomputed against each newly loaded version. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper loads = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final StringBinding nameProblem;
    private final StringBinding whereProblem;
    private final StringBinding autoTypeProblem;
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;
    private final LockListener lockListener;
    private final KeychainListener itemListener;
    private final TrustedApplicationsViewModel trustedApplications;

    public InspectorViewModel(KeychainService service, Keychain keychain, Item item, SecretReader secrets,
            Authenticator authenticator, ItemFields fields, ItemTexts texts, TaskRunner runner, ErrorPresenter errors,
            Messages messages) {
        this.service = service;
        this.keychain = keychain;
        this.item = item;
        this.secrets = secrets;
        this.authenticator = authenticator;
        this.fields = fields;
        this.texts = texts;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        ItemClass c = item.itemClass();
        nameProblem = Bindings.createStringBinding(() -> fields.nameProblem(c, name.get()), name);
        whereProblem = Bindings.createStringBinding(() -> fields.whereProblem(c, where.get()), where);
        autoTypeProblem = Bindings.createStringBinding(() -> autoTypeProblem(autoType.get()), autoType);
        dirty = Bindings.createBooleanBinding(this::differs, name, account, where, comment, autoType, requirePassword,
                secretEdited, loads);
        canSave = Bindings.createBooleanBinding(() -> dirty.get() && !busy.get() && !closed.get()
                && nameProblem.get().isEmpty() && whereProblem.get().isEmpty() && autoTypeProblem.get().isEmpty(),
                dirty, busy, closed, nameProblem, whereProblem, autoTypeProblem);
        trustedApplications = new TrustedApplicationsViewModel(keychain, runner, errors);
        load(item);
        lockListener = (ref, state) -> {
            if (ref.equals(keychain.ref()) && state == LockState.LOCKED) {
                runner.onUi(this::close);
            }
        };
        itemListener = k -> runner.onUi(this::itemsChanged);
        service.addLockListener(lockListener);
        keychain.addListener(itemListener);
    }

    private void load(Item next) {
        item = next;
        ItemAttributes a = next.attributes();
        title.set(next.displayName());
        kind.set(texts.kind(next));
        name.set(a.text(Attribute.LABEL));
        account.set(a.text(Attribute.ACCOUNT));
        where.set(ItemFields.where(next.itemClass(), a));
        comment.set(a.text(Attribute.COMMENT));
        autoType.set(a.text(Attribute.AUTO_TYPE));
        requirePassword.set(next.requiresPassword());
        created.set(texts.date(a.instant(Attribute.CREATED).orElse(null)));
        modified.set(texts.date(a.instant(Attribute.MODIFIED).orElse(null)));
        secretEdited.set(false);
        trustedApplications.show(next);
        loads.set(loads.get() + 1);
    }

    /** The applications the item lets in without asking (Access Control tab). */
    public TrustedApplicationsViewModel trustedApplications() {
        return trustedApplications;
    }

    private boolean differs() {
        ItemAttributes a = item.attributes();
        return !Objects.equals(name.get().strip(), a.text(Attribute.LABEL))
                || !Objects.equals(account.get().strip(), a.text(Attribute.ACCOUNT))
                || !Objects.equals(where.get().strip(), ItemFields.where(item.itemClass(), a))
                || !Objects.equals(comment.get().strip(), a.text(Attribute.COMMENT))
                || !Objects.equals(autoType.get().strip(), a.text(Attribute.AUTO_TYPE))
                || requirePassword.get() != item.requiresPassword()
                || secretEdited.get();
    }

    /** Another window or process changed the keychain: follow the item, or close if it is gone. */
    private void itemsChanged() {
        if (closed.get()) {
            return;
        }
        Optional<Item> now;
        try {
            now = keychain.isClosed() ? Optional.empty() : keychain.get(item.id());
        } catch (dev.latchkey.model.LatchkeyException e) {
            now = Optional.empty();
        }
        if (now.isEmpty()) {
            close();
        } else if (now.get().rowVersion() != item.rowVersion() && !dirty.get()) {
            load(now.get());
        }
    }

    // ---- the secret ----------------------------------------------------------------------------

    public boolean isNote() {
        return item.itemClass() == ItemClass.SECURE_NOTE;
    }

    /** The problem with an auto-type sequence, or "" (blank is the default sequence). */
    private String autoTypeProblem(String sequence) {
        try {
            AutoTypeSequence.of(sequence);
            return "";
        } catch (AutoTypeSequence.Invalid e) {
            return messages.get("field.autoType.invalid", e.token());
        }
    }

    /** Passwords show account, where and the password; other kinds (codes, keys) do not. */
    public boolean hasPassword() {
        return item.itemClass().isPassword();
    }

    /** Reveals the password or note, asking for the keychain password when the item requires it. */
    public void showSecret() {
        if (secretShown.get()) {
            return;
        }
        error.set("");
        secrets.read(keychain, item, messages.get(isNote() ? "reason.showNote" : "reason.show", title.get()), secret -> {
            char[] chars = secret.toChars();
            try {
                // Shown in a text field, which only takes a String; dropped again by hideSecret().
                revealed.set(new String(chars));
            } finally {
                Wipe.chars(chars);
            }
            secretShown.set(true);
        }, () -> secretShown.set(false));
    }

    public void hideSecret() {
        revealed.set("");
        secretShown.set(false);
    }

    /** The user typed in the password (or note) field. */
    public void secretEdited() {
        secretEdited.set(true);
    }

    // ---- saving --------------------------------------------------------------------------------

    /**
     * Saves the attributes and, when {@code newSecret} is not null, the new password or note
     * (ownership passes here; it is wiped). Changing a protected item needs the keychain
     * password, as revealing it does.
     */
    public void save(char[] newSecret) {
        if (!canSave.get()) {
            Wipe.chars(newSecret);
            return;
        }
        if (item.requiresPassword() && !keychain.recentlyAuthenticated()
                && !authenticator.authenticate(keychain, messages.get("reason.change", title.get()))) {
            Wipe.chars(newSecret);
            return;
        }
        ItemAttributes.Builder changed = fields.apply(item.itemClass(), item.attributes().toBuilder(), name.get(),
                account.get(), where.get(), comment.get(), requirePassword.get());
        if (hasPassword()) {
            changed.set(Attribute.AUTO_TYPE, autoType.get().strip());
        }
        ItemAttributes attributes = changed.build();
        Secret secret = newSecret == null || !secretEdited.get() ? null : Secret.fromChars(newSecret);
        Wipe.chars(newSecret);
        error.set("");
        runner.run(() -> {
            try {
                keychain.update(item.id(), attributes, secret);
            } finally {
                if (secret != null) {
                    secret.close();
                }
            }
            return keychain.get(item.id()).orElseThrow();
        }).busy(busy).onSuccess(saved -> {
            hideSecret();
            load(saved);
            notice.set(messages.get("inspector.saved"));
        }).onFailure(e -> {
            if (ErrorPresenter.hasStatus(e, Status.DUPLICATE_ITEM)) {
                error.set(messages.get("newItem.duplicate"));
            } else if (ErrorPresenter.isExpected(e)) {
                error.set(ErrorPresenter.inlineMessage(e));
            } else {
                errors.present(e);
            }
        }).start();
    }

    /** Puts every field back as stored. */
    public void revert() {
        hideSecret();
        load(item);
        error.set("");
    }

    private void close() {
        hideSecret();
        closed.set(true);
        dispose();
    }

    /** The window is going away: drop the shown secret, stop listening. */
    public void dispose() {
        hideSecret();
        service.removeLockListener(lockListener);
        keychain.removeListener(itemListener);
    }

    // ---- state for the view --------------------------------------------------------------------

    public Item item() {
        return item;
    }

    public ItemClass itemClass() {
        return item.itemClass();
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

    /** The auto-type sequence of a password item; blank means the default. */
    public StringProperty autoTypeProperty() {
        return autoType;
    }

    public StringBinding autoTypeProblemBinding() {
        return autoTypeProblem;
    }

    public BooleanProperty requirePasswordProperty() {
        return requirePassword;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty createdProperty() {
        return created.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty secretShownProperty() {
        return secretShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty secretEditedProperty() {
        return secretEdited.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public StringBinding nameProblemBinding() {
        return nameProblem;
    }

    public StringBinding whereProblemBinding() {
        return whereProblem;
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    public ItemFields fields() {
        return fields;
    }

    public String keychainName() {
        return keychain.ref().name();
    }
}
