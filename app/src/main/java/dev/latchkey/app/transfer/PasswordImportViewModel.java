package dev.latchkey.app.transfer;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.transfer.ImportFormat;
import dev.latchkey.model.transfer.PasswordReaders;
import dev.latchkey.model.transfer.backup.KeychainBackup;
import dev.latchkey.model.transfer.entries.DuplicatePolicy;
import dev.latchkey.model.transfer.entries.GroupMapping;
import dev.latchkey.model.transfer.entries.ImportOptions;
import dev.latchkey.model.transfer.entries.ImportResult;
import dev.latchkey.model.transfer.entries.ImportSource;
import dev.latchkey.model.transfer.entries.PasswordImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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
import java.util.function.Supplier;

/**
 * File &gt; Import Passwords…: a wizard over the model's password import (decision 0012).
 * Choose a file and its format → its password or key file, when it has one → a preview with
 * the mapping report and the choice for duplicates → progress with Cancel (the keychain is left
 * as it was) → a summary. Reading and storing run off the UI thread.
 */
public final class PasswordImportViewModel {
    /** The wizard's pages. */
    public enum Step { CHOOSE, UNLOCK, PREVIEW, PROGRESS, SUMMARY }

    /** A format to read the file as: detected from its content, one of the model's, or a Latchkey backup. */
    public record FormatChoice(ImportFormat format, boolean backup, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Keychain keychain;
    private final Supplier<List<Path>> chooseFile;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE);
    private final StringProperty path = new SimpleStringProperty("");
    private final ObservableList<FormatChoice> formats = FXCollections.observableArrayList();
    private final ObjectProperty<FormatChoice> format = new SimpleObjectProperty<>();
    private final BooleanProperty groupsAsTags = new SimpleBooleanProperty();
    private final BooleanProperty keepHistory = new SimpleBooleanProperty();
    private final StringProperty keyFile = new SimpleStringProperty("");
    private final ObjectProperty<DuplicatePolicy> duplicates = new SimpleObjectProperty<>(DuplicatePolicy.SKIP);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unlockMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper keePass = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<PasswordImport.Planned> preview = FXCollections.observableArrayList();
    private final ObservableList<String> report = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UUID> firstImported = new ReadOnlyObjectWrapper<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final BooleanBinding canRead;
    private PasswordImport plan;
    private ImportFormat readAs;

    /** @param chooseFile the file chooser (for exports and backups); empty when cancelled */
    public PasswordImportViewModel(Keychain keychain, Supplier<List<Path>> chooseFile, TaskRunner runner,
            ErrorPresenter errors, Messages messages) {
        this.keychain = keychain;
        this.chooseFile = chooseFile;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        formats.add(new FormatChoice(null, false, messages.get("passwordImport.format.auto")));
        for (ImportFormat f : ImportFormat.values()) {
            formats.add(new FormatChoice(f, false, f.displayName()));
        }
        formats.add(new FormatChoice(null, true, messages.get("passwordImport.format.backup")));
        format.set(formats.get(0));
        canRead = Bindings.createBooleanBinding(() -> !busy.get() && !path.get().isBlank() && format.get() != null,
                busy, path, format);
        path.addListener((o, old, now) -> error.set(""));
    }

    public String title() {
        return messages.get("passwordImport.title", keychain.ref().name());
    }

    /** Browse…: the file chooser's answer goes into the path. */
    public void browse() {
        List<Path> chosen = chooseFile.get();
        if (!chosen.isEmpty()) {
            path.set(chosen.get(0).toString());
        }
    }

    /** Next on the first page: reads the file (asking for its password on the next page when it needs one). */
    public void next() {
        if (!canRead.get()) {
            return;
        }
        Path file = file();
        FormatChoice chosen = format.get();
        try {
            readAs = chosen.backup() || (chosen.format() == null && KeychainBackup.looksLikeBackup(file)) ? null
                    : chosen.format() != null ? chosen.format() : ImportFormat.detect(file);
        } catch (LatchkeyException e) {
            error.set(ErrorPresenter.inlineMessage(e));
            return;
        }
        keePass.set(readAs == ImportFormat.KDBX);
        if (readAs == null || PasswordReaders.alwaysProtected(readAs)) {
            askPassword(false);
        } else {
            read(null);
        }
    }

    /** The file's password (may be empty for a KeePass database opened by key file only); wiped here. */
    public void unlock(char[] password) {
        if (busy.get()) {
            Wipe.chars(password);
            return;
        }
        read(password.length == 0 && !keyFile.get().isBlank() ? null : password);
        if (password.length == 0 && !keyFile.get().isBlank()) {
            Wipe.chars(password);
        }
    }

    private void askPassword(boolean again) {
        unlockMessage.set(messages.get(again ? "passwordImport.unlock.again" : "passwordImport.unlock.message",
                file().getFileName()));
        step.set(Step.UNLOCK);
    }

    private void read(char[] password) {
        Path file = file();
        Path key = keyFile.get().isBlank() ? null : Path.of(keyFile.get().strip());
        ImportOptions options = new ImportOptions(groupsAsTags.get() ? GroupMapping.TAGS : GroupMapping.FOLDER,
                keepHistory.get());
        ImportFormat as = readAs;
        error.set("");
        cancelled.set(false);
        progressText.set(messages.get("passwordImport.reading", file.getFileName()));
        runner.run(() -> {
            try (ImportSource source = new ImportSource(file, password, key)) {
                if (as == null) {
                    return PasswordImport.of(keychain, KeychainBackup.open(file, bytes(file), password));
                }
                return PasswordImport.plan(keychain, PasswordReaders.of(as).read(source, progress("passwordImport.reading")),
                        options);
            }
        }).busy(busy).onSuccess(this::planned).onFailure(e -> {
            boolean wrong = ErrorPresenter.hasStatus(e, Status.WRONG_PASSPHRASE);
            if (wrong || ErrorPresenter.hasStatus(e, Status.PASSPHRASE_REQUIRED)) {
                askPassword(wrong);
            } else if (e instanceof LatchkeyException) {
                error.set(ErrorPresenter.inlineMessage(e));
            } else {
                errors.present(e);
            }
        }).start();
    }

    private static byte[] bytes(Path file) throws LatchkeyException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot read " + file.getFileName(), e);
        }
    }

    private void planned(PasswordImport planned) {
        plan = planned;
        preview.setAll(planned.preview());
        report.setAll(planned.report());
        previewSummary.set(messages.get("passwordImport.preview.summary", planned.preview().size(),
                planned.duplicates(), planned.report().size()));
        step.set(Step.PREVIEW);
    }

    /** Import on the preview page: stores everything in one transaction, with progress and Cancel. */
    public void importNow() {
        if (plan == null || busy.get()) {
            return;
        }
        cancelled.set(false);
        progress.set(0);
        progressText.set(messages.get("passwordImport.storing", plan.preview().size()));
        step.set(Step.PROGRESS);
        DuplicatePolicy policy = duplicates.get();
        runner.run(() -> plan.apply(policy, progress("passwordImport.storing.step"))).busy(busy).onSuccess(result -> {
            finished(result);
        }).onFailure(e -> {
            if (ErrorPresenter.hasStatus(e, Status.USER_CANCELED)) {
                summary.set(messages.get("passwordImport.cancelled"));
            } else {
                summary.set(messages.get("passwordImport.failed", ErrorPresenter.inlineMessage(e)));
                if (!(e instanceof LatchkeyException)) {
                    errors.present(e);
                }
            }
            step.set(Step.SUMMARY);
            close();
        }).start();
    }

    private void finished(ImportResult result) {
        summary.set(result.summary());
        if (!result.added().isEmpty()) {
            firstImported.set(result.added().get(0));
        }
        step.set(Step.SUMMARY);
        close();
    }

    /** Reports progress on the UI thread (at most once per percent) and stops when Cancel was pressed. */
    private Progress progress(String textKey) {
        int[] last = {-1};
        return (done, total) -> {
            int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
            if (percent != last[0]) {
                last[0] = percent;
                runner.onUi(() -> {
                    progress.set(percent / 100.0);
                    progressText.set(messages.get(textKey, percent));
                });
            }
            return !cancelled.get();
        };
    }

    /** Cancel: stops a running read or import (nothing is stored); elsewhere closes the wizard. */
    public void cancel() {
        cancelled.set(true);
        if (!busy.get()) {
            close();
        }
    }

    /** Back from the password or preview page to the first one. */
    public void back() {
        close();
        error.set("");
        step.set(Step.CHOOSE);
    }

    /** Wipes what was read; called when the window closes. */
    public void close() {
        if (plan != null) {
            plan.close();
            plan = null;
        }
    }

    private Path file() {
        return Path.of(path.get().strip());
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public StringProperty pathProperty() {
        return path;
    }

    public ObservableList<FormatChoice> formats() {
        return formats;
    }

    public ObjectProperty<FormatChoice> formatProperty() {
        return format;
    }

    public BooleanProperty groupsAsTagsProperty() {
        return groupsAsTags;
    }

    public BooleanProperty keepHistoryProperty() {
        return keepHistory;
    }

    public StringProperty keyFileProperty() {
        return keyFile;
    }

    public ObjectProperty<DuplicatePolicy> duplicatesProperty() {
        return duplicates;
    }

    public BooleanBinding canReadBinding() {
        return canRead;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unlockMessageProperty() {
        return unlockMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A KeePass database: the password page also offers a key file. */
    public ReadOnlyBooleanProperty keePassProperty() {
        return keePass.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewSummaryProperty() {
        return previewSummary.getReadOnlyProperty();
    }

    public ObservableList<PasswordImport.Planned> preview() {
        return preview;
    }

    /** The mapping report: one line per entry and thing not mapped as it was. */
    public ObservableList<String> report() {
        return report;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The first item stored, to select in the main window. */
    public ReadOnlyObjectProperty<UUID> firstImportedProperty() {
        return firstImported.getReadOnlyProperty();
    }
}
