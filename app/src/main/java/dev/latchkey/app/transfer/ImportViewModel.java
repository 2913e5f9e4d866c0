package dev.latchkey.app.transfer;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.transfer.CertificateImporter;
import dev.latchkey.model.transfer.ImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File &gt; Import and files dropped on the window: imports each file into a keychain in turn,
 * asking for its passphrase when the model says the file needs one (and again when it was
 * wrong), and reports per file what was imported, what the keychain already had, and what was
 * skipped. The model stores a file completely or not at all.
 */
public final class ImportViewModel {
    private final Keychain keychain;
    private final List<Path> files;
    private final PassphrasePrompt prompt;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final ObservableList<FileOutcome> outcomes = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<UUID> firstImported = new ReadOnlyObjectWrapper<>();

    public ImportViewModel(Keychain keychain, List<Path> files, PassphrasePrompt prompt, TaskRunner runner,
            ErrorPresenter errors, Messages messages) {
        this.keychain = keychain;
        this.files = List.copyOf(files);
        this.prompt = prompt;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
    }

    /** Imports the files one after the other. */
    public void start() {
        next(0);
    }

    private void next(int index) {
        if (index == files.size()) {
            progress.set("");
            done.set(true);
            return;
        }
        Path file = files.get(index);
        progress.set(messages.get("import.reading", name(file)));
        attempt(index, null);
    }

    /** One try at a file; {@code passphrase} (owned here, wiped) is null on the first. */
    private void attempt(int index, char[] passphrase) {
        Path file = files.get(index);
        runner.run(() -> importFile(file, passphrase)).busy(busy)
                .onDone(() -> Wipe.chars(passphrase))
                .onSuccess(report -> {
                    reported(file, report);
                    next(index + 1);
                })
                .onFailure(e -> {
                    boolean wrong = ErrorPresenter.hasStatus(e, Status.WRONG_PASSPHRASE);
                    if (wrong || ErrorPresenter.hasStatus(e, Status.PASSPHRASE_REQUIRED)) {
                        char[] asked = prompt.ask(name(file), wrong);
                        if (asked != null) {
                            attempt(index, asked);
                            return;
                        }
                        outcomes.add(FileOutcome.of(name(file), FileOutcome.Result.CANCELLED,
                                messages.get("import.cancelled")));
                    } else {
                        // Bad input is this file's outcome; anything else also goes to the error dialog.
                        outcomes.add(FileOutcome.of(name(file), FileOutcome.Result.FAILED,
                                messages.get("import.failed", ErrorPresenter.inlineMessage(e))));
                        if (!(e instanceof LatchkeyException)) {
                            errors.present(e);
                        }
                    }
                    next(index + 1);
                })
                .start();
    }

    private ImportReport importFile(Path file, char[] passphrase) throws LatchkeyException {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot read " + file.getFileName(), e);
        }
        try {
            return new CertificateImporter(keychain).importFile(data, passphrase);
        } finally {
            // The file may hold a private key in the clear.
            Wipe.bytes(data);
        }
    }

    private void reported(Path file, ImportReport report) {
        List<String> imported = report.imported().stream().map(ImportReport.Entry::label).toList();
        List<String> duplicates = report.duplicates().stream().map(ImportReport.Entry::label).toList();
        boolean nothingNew = report.nothingNew();
        outcomes.add(new FileOutcome(name(file), nothingNew ? FileOutcome.Result.NOTHING_NEW
                : FileOutcome.Result.IMPORTED, report.summary(), imported, duplicates, report.skipped()));
        if (firstImported.get() == null) {
            report.imported().stream().flatMap(e -> e.itemIds().stream()).findFirst().ifPresent(firstImported::set);
        }
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    public String title() {
        return messages.get("import.title", keychain.ref().name());
    }

    /** One outcome per file handled so far, in order. */
    public ObservableList<FileOutcome> outcomes() {
        return outcomes;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once every file was handled. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The first item stored, to select in the main window. */
    public ReadOnlyObjectProperty<UUID> firstImportedProperty() {
        return firstImported.getReadOnlyProperty();
    }
}
