package dev.latchkey.app.transfer;

import dev.latchkey.app.keychains.NewPassword;
import dev.latchkey.app.toolkit.DialogService;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.unlock.Authenticator;
import dev.latchkey.crypto.kdf.KdfPolicy;
import dev.latchkey.crypto.secret.SecretBuffer;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.transfer.ExportFile;
import dev.latchkey.model.transfer.backup.KeychainBackup;
import dev.latchkey.model.transfer.csv.CsvFlavour;
import dev.latchkey.model.transfer.export.CsvExporter;
import dev.latchkey.model.transfer.export.KdbxExporter;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File &gt; Export Passwords…: the keychain's passwords, notes and codes as a KeePass database
 * or as CSV (with a plain-text warning), or every item as an encrypted Latchkey backup. Always
 * asks for the keychain password again before anything is written (decision 0012).
 */
public final class PasswordExportViewModel {
    /** What to write, and its file name extension. */
    public enum Kind {
        KDBX("kdbx", true), CSV_KEEPASSXC("csv", false), CSV_BITWARDEN("csv", false), BACKUP("lkbackup", true);

        private final String extension;
        private final boolean protectedByPassphrase;

        Kind(String extension, boolean protectedByPassphrase) {
            this.extension = extension;
            this.protectedByPassphrase = protectedByPassphrase;
        }

        public boolean protectedByPassphrase() {
            return protectedByPassphrase;
        }
    }

    private final Keychain keychain;
    private final Authenticator authenticator;
    private final NewPassword passphrase;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.KDBX);
    private final StringProperty path = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding needsPassphrase;
    private final BooleanBinding plainText;
    private final StringBinding pathProblem;
    private final BooleanBinding canExport;

    public PasswordExportViewModel(Keychain keychain, Authenticator authenticator, NewPassword passphrase,
            DialogService dialogs, TaskRunner runner, ErrorPresenter errors, Messages messages, Path folder) {
        this.keychain = keychain;
        this.authenticator = authenticator;
        this.passphrase = passphrase;
        this.dialogs = dialogs;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        needsPassphrase = Bindings.createBooleanBinding(() -> kind.get().protectedByPassphrase(), kind);
        plainText = needsPassphrase.not();
        pathProblem = Bindings.createStringBinding(() -> SaveLocation.problem(path.get(), messages), path);
        canExport = Bindings.createBooleanBinding(() -> !busy.get() && pathProblem.get().isEmpty()
                && (!needsPassphrase.get() || passphrase.isAcceptable()), busy, pathProblem, needsPassphrase,
                passphrase.acceptableProperty());
        path.set(folder.resolve(SaveLocation.fileName(keychain.ref().name(), Kind.KDBX.extension)).toString());
        kind.addListener((o, old, now) -> {
            if (path.get().endsWith("." + old.extension)) {
                path.set(path.get().substring(0, path.get().length() - old.extension.length()) + now.extension);
            }
        });
    }

    public String title() {
        return messages.get("passwordExport.title", keychain.ref().name());
    }

    public List<Kind> kinds() {
        return List.of(Kind.values());
    }

    public String label(Kind k) {
        return messages.get("passwordExport.kind." + k.name());
    }

    /** The typed passphrase and its confirmation changed; the caller still owns both. */
    public void passphrasesChanged(char[] typed, char[] confirmation) {
        passphrase.changed(typed, confirmation);
    }

    /**
     * Writes the file: asks before replacing one, then always for the keychain password.
     * Ownership of both arrays passes here; they are wiped.
     */
    public void export(char[] typed, char[] confirmation) {
        Wipe.chars(confirmation);
        Kind k = kind.get();
        char[] key = k.protectedByPassphrase() ? typed : null;
        if (!k.protectedByPassphrase()) {
            Wipe.chars(typed);
        }
        if (!canExport.get()) {
            Wipe.chars(key);
            return;
        }
        Path target = Path.of(path.get().strip()).toAbsolutePath();
        error.set("");
        if (!SaveLocation.mayWrite(target, dialogs, messages)) {
            Wipe.chars(key);
            return;
        }
        if (!authenticator.authenticate(keychain, messages.get("passwordExport.reason", keychain.ref().name()))) {
            Wipe.chars(key);
            return;
        }
        runner.runAction(() -> ExportFile.write(target, produce(k, key), true)).busy(busy)
                .onDone(() -> Wipe.chars(key))
                .onSuccess(v -> {
                    done.set(true);
                    dialogs.notify(messages.get("passwordExport.done", target.getFileName()));
                })
                .onFailure(e -> {
                    if (e instanceof LatchkeyException) {
                        error.set(ErrorPresenter.inlineMessage(e));
                    } else {
                        errors.present(e);
                    }
                })
                .start();
    }

    private byte[] produce(Kind k, char[] key) throws LatchkeyException {
        return switch (k) {
            case CSV_KEEPASSXC -> CsvExporter.export(keychain, CsvFlavour.KEEPASSXC);
            case CSV_BITWARDEN -> CsvExporter.export(keychain, CsvFlavour.BITWARDEN);
            case BACKUP -> KeychainBackup.create(keychain, key, KdfPolicy.FLOOR, Progress.NONE);
            case KDBX -> {
                SecretBuffer out = new SecretBuffer();
                KdbxExporter.export(keychain, key, KdfPolicy.FLOOR, out);
                yield out.takeAndWipe();
            }
        };
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty pathProperty() {
        return path;
    }

    public NewPassword passphrase() {
        return passphrase;
    }

    public BooleanBinding needsPassphraseBinding() {
        return needsPassphrase;
    }

    /** CSV: the view shows that the file is plain text. */
    public BooleanBinding plainTextBinding() {
        return plainText;
    }

    public StringBinding pathProblemBinding() {
        return pathProblem;
    }

    public BooleanBinding canExportBinding() {
        return canExport;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the file was written; the view closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

}
