package dev.latchkey.app.codes;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.OtpCredential;
import dev.latchkey.model.otp.OtpImport;
import dev.latchkey.model.otp.OtpQrCodes;
import dev.latchkey.model.otp.VerificationCodes;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Add Code: one-time codes from a pasted {@code otpauth://} or {@code otpauth-migration://}
 * URI (several accounts at once), or from QR codes in an image file, a clipboard image or a
 * screen capture. They are stored as Verification Code items, or a single one is attached to
 * a password item. Anything unreadable is reported inline and nothing is stored. Seeds read
 * from an image are held (wiped on {@link #dispose()}) until the user adds or leaves.
 */
public final class AddCodeViewModel {
    private final Keychain keychain;
    private final Clock clock;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty label = new SimpleStringProperty("");
    private final BooleanProperty attach = new SimpleBooleanProperty();
    private final ObjectProperty<Item> attachTarget = new SimpleObjectProperty<>();
    private final ObservableList<Item> passwordItems = FXCollections.observableArrayList();
    private final ObservableList<String> found = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper foundFrom = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<UUID>> added = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canAdd;
    private final StringBinding attachHint;
    private List<OtpCredential> pending = List.of();
    /** Counts image reads, so a slow read that was overtaken by another input is dropped. */
    private long reads;

    /** @param attachTo a password item to offer (and, with {@code attachNow}, to choose) first; may be null */
    public AddCodeViewModel(Keychain keychain, Item attachTo, boolean attachNow, Clock clock, TaskRunner runner,
            ErrorPresenter errors, Messages messages) {
        this.keychain = keychain;
        this.clock = clock;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        attachTarget.set(attachTo != null && attachTo.itemClass().isPassword() ? attachTo : null);
        attach.set(attachNow && attachTarget.get() != null);
        text.addListener((o, old, now) -> {
            if (!now.isBlank()) {
                clearPending();
            }
            error.set("");
        });
        attach.addListener((o, old, now) -> error.set(""));
        canAdd = Bindings.createBooleanBinding(() -> !busy.get() && (!text.get().isBlank() || !found.isEmpty())
                && (!attach.get() || attachTarget.get() != null), busy, text, found, attach, attachTarget);
        attachHint = Bindings.createStringBinding(() -> {
            if (!attach.get()) {
                return "";
            }
            Item target = attachTarget.get();
            return target != null && target.attributes().has(Attribute.OTP)
                    ? messages.get("addCode.replaces", target.displayName()) : messages.get("addCode.together");
        }, attach, attachTarget);
        runner.run(() -> keychain.items().stream().filter(i -> i.itemClass().isPassword())
                .sorted(Comparator.comparing(i -> i.displayName().toLowerCase(java.util.Locale.ROOT))).toList())
                .onSuccess(items -> {
                    passwordItems.setAll(items);
                    if (attachTarget.get() == null && attach.get() && !items.isEmpty()) {
                        attachTarget.set(items.get(0));
                    }
                })
                .onFailure(errors::present)
                .start();
    }

    // ---- reading QR codes ----------------------------------------------------------------------

    /** Reads the QR codes in an image file. */
    public void readImageFile(Path file) {
        read(() -> OtpQrCodes.importFrom(file), messages.get("addCode.fromFile", file.getFileName()));
    }

    /** Reads the QR codes in an image from the clipboard or the screen; {@code source} says which. */
    public void readImage(BufferedImage image, String source) {
        read(() -> OtpQrCodes.importFrom(image), source);
    }

    /** An image source that gave nothing (no image on the clipboard, no screen capture): say why. */
    public void imageUnavailable(String why) {
        clearPending();
        error.set(why);
    }

    private void read(Callable<List<OtpCredential>> work, String source) {
        long read = ++reads;
        clearPending();
        error.set("");
        runner.run(work).busy(busy).onSuccess(credentials -> {
            if (read != reads) {
                OtpCredential.closeAll(credentials);
                return;
            }
            pending = List.copyOf(credentials);
            text.set("");
            foundFrom.set(messages.get("addCode.found", credentials.size(), source));
            found.setAll(credentials.stream().map(c -> describe(c)).toList());
        }).onFailure(e -> {
            if (read == reads) {
                fail(e);
            }
        }).start();
    }

    private String describe(OtpCredential c) {
        String name = c.parameters().displayName();
        return (name.isEmpty() ? messages.get("addCode.unnamed") : name) + "  ·  "
                + messages.get("addCode.type." + c.parameters().type().name());
    }

    // ---- adding --------------------------------------------------------------------------------

    /** Stores the codes read from an image, or else those in the pasted text. */
    public void add() {
        if (!canAdd.get()) {
            return;
        }
        error.set("");
        List<OtpCredential> fromImage = pending;
        pending = List.of();
        String pasted = text.get();
        boolean attaching = attach.get();
        Item target = attachTarget.get();
        String name = label.get().strip();
        runner.run(() -> {
            List<OtpCredential> credentials = fromImage.isEmpty() ? OtpImport.fromText(pasted) : fromImage;
            try {
                return store(credentials, attaching, target, name);
            } finally {
                OtpCredential.closeAll(credentials);
            }
        }).busy(busy).onSuccess(ids -> {
            found.clear();
            foundFrom.set("");
            text.set("");
            added.set(ids);
        }).onFailure(e -> {
            found.clear();
            foundFrom.set("");
            fail(e);
        }).start();
    }

    private List<UUID> store(List<OtpCredential> credentials, boolean attaching, Item target, String name)
            throws LatchkeyException {
        VerificationCodes codes = new VerificationCodes(keychain, clock);
        if (attaching) {
            if (credentials.size() != 1) {
                throw new LatchkeyException(Status.PARAM, messages.get("addCode.attachOne", credentials.size()));
            }
            codes.attach(target.id(), credentials.get(0).parameters(), credentials.get(0).seed());
            return List.of(target.id());
        }
        if (credentials.size() == 1 && !name.isEmpty()) {
            return List.of(codes.addStandalone(credentials.get(0).parameters(), credentials.get(0).seed(), name));
        }
        return codes.addStandalone(credentials);
    }

    private void fail(Throwable e) {
        if (ErrorPresenter.hasStatus(e, Status.DUPLICATE_ITEM)) {
            error.set(messages.get("addCode.duplicate"));
        } else if (e instanceof LatchkeyException) {
            error.set(ErrorPresenter.inlineMessage(e));
        } else {
            errors.present(e);
        }
    }

    private void clearPending() {
        OtpCredential.closeAll(pending);
        pending = List.of();
        found.clear();
        foundFrom.set("");
    }

    /** The dialog is closing: wipe seeds read from an image and the pasted text. */
    public void dispose() {
        reads++;
        clearPending();
        text.set("");
    }

    // ---- state for the view --------------------------------------------------------------------

    public String title() {
        return messages.get("addCode.title");
    }

    public String keychainName() {
        return keychain.ref().name();
    }

    /** The pasted URI (it holds the seed: cleared once added or when the dialog closes). */
    public StringProperty textProperty() {
        return text;
    }

    /** A name for a single code; blank means issuer and account name it. */
    public StringProperty labelProperty() {
        return label;
    }

    public BooleanProperty attachProperty() {
        return attach;
    }

    public ObjectProperty<Item> attachTargetProperty() {
        return attachTarget;
    }

    public ObservableList<Item> passwordItems() {
        return passwordItems;
    }

    /** The codes read from an image, one line each (issuer: account · kind). */
    public ObservableList<String> found() {
        return found;
    }

    public ReadOnlyStringProperty foundFromProperty() {
        return foundFrom.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The stored items' ids once added (the dialog closes then). */
    public ReadOnlyObjectProperty<List<UUID>> addedProperty() {
        return added.getReadOnlyProperty();
    }

    public BooleanBinding canAddBinding() {
        return canAdd;
    }

    /** What attaching means (or that it replaces the item's code), "" when not attaching. */
    public StringBinding attachHintBinding() {
        return attachHint;
    }
}
