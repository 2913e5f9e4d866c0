package dev.latchkey.app.inspector;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.unlock.SecretReader;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.SecretParts;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.SecretKind;
import dev.latchkey.model.transfer.ExportFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector's "Fields & Files" tab, for what an imported entry brought beside its password:
 * the folder it was in, further named fields (a KeePass entry's custom strings, some of them
 * hidden) and attached files. Fields and files are secrets of the item: they are read only when
 * the user asks, through the same password check as the password, hidden values stay masked
 * until "Show hidden values", and a file is saved readable by its owner only.
 */
public final class FieldsAndFilesViewModel {
    private static final String MASK = "••••••••";

    /** One field as the table shows it. */
    public record FieldRow(String name, String value, boolean hidden) {
        @Override
        public String toString() {
            return "FieldRow[" + name + "]";
        }
    }

    /** One attached file: its name and size. */
    public record FileRow(int index, String name, String size) {
    }

    private final Keychain keychain;
    private final Item item;
    private final SecretReader secrets;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasHidden = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasSecrets = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final BooleanProperty showHidden = new SimpleBooleanProperty();
    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList();
    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    /** The fields' names and values while shown; the values are wiped when the window closes. */
    private final List<String> fieldNames = new ArrayList<>();
    private final List<char[]> fieldValues = new ArrayList<>();
    private final List<Boolean> fieldHidden = new ArrayList<>();
    private final BooleanBinding canShow = hasSecrets.and(shown.not());
    private final BooleanBinding fieldsPresent = Bindings.isNotEmpty(fields);
    private final BooleanBinding filesPresent = Bindings.isNotEmpty(files);
    private boolean hasFields;
    private boolean hasFiles;

    public FieldsAndFilesViewModel(Keychain keychain, Item item, SecretReader secrets, TaskRunner runner,
            ErrorPresenter errors, Messages messages) {
        this.keychain = keychain;
        this.item = item;
        this.secrets = secrets;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        folder.set(item.attributes().text(Attribute.FOLDER));
        showHidden.addListener((o, old, now) -> refreshFields());
    }

    /** Finds out, off the UI thread, whether the item has fields or files; the tab shows when it has any. */
    public void start() {
        runner.run(() -> new boolean[] {keychain.hasSecret(item.id(), SecretKind.FIELDS),
                keychain.hasSecret(item.id(), SecretKind.ATTACHMENTS)})
                .onSuccess(has -> {
                    hasFields = has[0];
                    hasFiles = has[1];
                    hasSecrets.set(hasFields || hasFiles);
                    available.set(hasSecrets.get() || !folder.get().isEmpty());
                })
                .onFailure(errors::present)
                .start();
    }

    /** Reads the fields and the files' names (asking for the keychain password when the item wants it). */
    public void show() {
        if (hasFields) {
            readParts(SecretKind.FIELDS, this::showFields, () -> { });
        } else if (hasFiles) {
            readParts(SecretKind.ATTACHMENTS, this::showFiles, () -> { });
        }
    }

    private void showFields(SecretParts parts) {
        clearFields();
        for (SecretParts.Part p : parts.parts()) {
            fieldNames.add(p.name());
            fieldValues.add(p.value().toChars());
            fieldHidden.add(p.hidden());
        }
        hasHidden.set(fieldHidden.contains(true));
        refreshFields();
        if (hasFiles) {
            readParts(SecretKind.ATTACHMENTS, this::showFiles, () -> shown.set(true));
        } else {
            shown.set(true);
        }
    }

    private void showFiles(SecretParts parts) {
        List<FileRow> rows = new ArrayList<>();
        List<SecretParts.Part> all = parts.parts();
        for (int i = 0; i < all.size(); i++) {
            rows.add(new FileRow(i, all.get(i).name(), size(all.get(i).value().length())));
        }
        files.setAll(rows);
        shown.set(true);
    }

    private void refreshFields() {
        List<FieldRow> rows = new ArrayList<>();
        for (int i = 0; i < fieldNames.size(); i++) {
            boolean hidden = fieldHidden.get(i);
            String value = hidden && !showHidden.get() ? MASK : new String(fieldValues.get(i));
            rows.add(new FieldRow(fieldNames.get(i), value, hidden));
        }
        fields.setAll(rows);
    }

    /** Writes the file's content to {@code target}, readable by its owner only. */
    public void save(FileRow file, Path target) {
        readParts(SecretKind.ATTACHMENTS, parts -> {
            byte[] content = parts.parts().get(file.index()).value().bytes().clone();
            runner.runAction(() -> ExportFile.write(target, content, true))
                    .onSuccess(done -> notice.set(messages.get("fields.saved", file.name(), target.getFileName())))
                    .onFailure(errors::present)
                    .start();
        }, () -> { });
    }

    /** What the save dialog offers as the file's name: the attachment's own, without folders. */
    public static String suggestedName(FileRow file) {
        String name = Optional.ofNullable(Path.of(file.name().replace('\\', '/')).getFileName())
                .map(Path::toString).orElse("");
        return name.isBlank() ? "attachment" : name;
    }

    private void readParts(SecretKind kind, Consumer<SecretParts> use, Runnable notRead) {
        secrets.read(keychain, item, kind, messages.get("reason.fields", item.displayName()), secret -> {
            try (SecretParts parts = SecretParts.decode(secret)) {
                use.accept(parts);
            }
        }, notRead);
    }

    private String size(int bytes) {
        if (bytes < 1024) {
            return messages.get("fields.bytes", bytes);
        }
        return bytes < 1024 * 1024 ? messages.get("fields.kib", bytes / 1024.0)
                : messages.get("fields.mib", bytes / 1048576.0);
    }

    private void clearFields() {
        fieldValues.forEach(Wipe::chars);
        fieldValues.clear();
        fieldNames.clear();
        fieldHidden.clear();
    }

    /** Forgets what was shown; the window is closing. */
    public void dispose() {
        clearFields();
        fields.clear();
        files.clear();
        shown.set(false);
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** Whether the item has a folder, fields or files, so the tab is worth showing. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Whether the fields and files have been read and are in the lists. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Whether any field's value is hidden (masked until "Show hidden values"). */
    public ReadOnlyBooleanProperty hasHiddenProperty() {
        return hasHidden.getReadOnlyProperty();
    }

    public BooleanProperty showHiddenProperty() {
        return showHidden;
    }

    public ObservableList<FieldRow> fields() {
        return fields;
    }

    public ObservableList<FileRow> files() {
        return files;
    }

    /** "Saved …" after a file was written. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether the item has fields or files to read (not only a folder). */
    public ReadOnlyBooleanProperty hasSecretsProperty() {
        return hasSecrets.getReadOnlyProperty();
    }

    /** Whether the "Show Fields and Files" button is offered: there is something to read, not yet read. */
    public BooleanBinding canShowBinding() {
        return canShow;
    }

    public BooleanBinding fieldsPresentBinding() {
        return fieldsPresent;
    }

    public BooleanBinding filesPresentBinding() {
        return filesPresent;
    }
}
