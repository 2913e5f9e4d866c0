package dev.latchkey.app.transfer;

import dev.latchkey.app.keychains.NewPassword;
import dev.latchkey.app.toolkit.DialogService;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.unlock.Authenticator;
import dev.latchkey.crypto.pkcs12.Pkcs12Protection;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredCertificate;
import dev.latchkey.model.certificates.StoredIdentity;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.transfer.CertificateExporter;
import dev.latchkey.model.transfer.ExportFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * File &gt; Export: certificates as PEM, DER or PKCS#7; identities as PKCS#12 (AES-256, or 3DES
 * for old importers) or PEM; private keys as encrypted PKCS#8. Whatever holds a private key
 * needs a passphrase typed twice and the keychain password entered within the last minute
 * (asked here when the model says INTERACTION_REQUIRED). Passphrases live in arrays that are
 * wiped once the file is written.
 */
public final class ExportViewModel {
    private final Keychain keychain;
    private final List<Item> items;
    private final Authenticator authenticator;
    private final NewPassword passphrase;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final Path folder;
    private final ObservableList<ExportChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<ExportChoice> choice = new SimpleObjectProperty<>();
    private final BooleanProperty legacy = new SimpleBooleanProperty();
    private final StringProperty path = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding needsPassphrase;
    private final StringBinding pathProblem;
    private final BooleanBinding canExport;
    private List<StoredCertificate> certificates = List.of();
    private List<StoredIdentity> identities = List.of();

    /** @param keychain the items' keychain; null for System Roots (certificates only) */
    public ExportViewModel(Keychain keychain, List<Item> items, Authenticator authenticator, NewPassword passphrase,
            DialogService dialogs, TaskRunner runner, ErrorPresenter errors, Messages messages, Path folder) {
        this.keychain = keychain;
        this.items = List.copyOf(items);
        this.authenticator = authenticator;
        this.passphrase = passphrase;
        this.dialogs = dialogs;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.folder = folder;
        needsPassphrase = Bindings.createBooleanBinding(() -> choice.get() != null && choice.get().holdsPrivateKeys(),
                choice);
        pathProblem = Bindings.createStringBinding(() -> SaveLocation.problem(path.get(), messages), path);
        canExport = Bindings.createBooleanBinding(() -> ready.get() && !busy.get() && choice.get() != null
                && pathProblem.get().isEmpty() && (!needsPassphrase.get() || passphrase.isAcceptable()),
                ready, busy, choice, pathProblem, needsPassphrase, passphrase.acceptableProperty());
        choice.addListener((o, old, now) -> renameFor(old, now));
    }

    /** Reads what is selected (which certificates are identities) in the background. */
    public void load() {
        runner.run(this::resolve).onSuccess(offered -> {
            choices.setAll(offered);
            choice.set(offered.get(0));
            path.set(folder.resolve(fileName(offered.get(0))).toString());
            ready.set(true);
        }).onFailure(e -> {
            if (ErrorPresenter.isExpected(e)) {
                error.set(ErrorPresenter.inlineMessage(e));
            } else {
                errors.present(e);
            }
        }).start();
    }

    private List<ExportChoice> resolve() throws LatchkeyException {
        Set<ItemClass> classes = items.stream().map(Item::itemClass).collect(Collectors.toSet());
        List<ExportChoice> offered = new ArrayList<>();
        if (classes.equals(Set.of(ItemClass.KEY)) && keychain != null) {
            if (items.size() == 1) {
                offered.add(ExportChoice.KEY_PKCS8);
            }
            offered.add(ExportChoice.KEY_PEM);
            return offered;
        }
        if (!classes.equals(Set.of(ItemClass.CERTIFICATE))) {
            throw new LatchkeyException(Status.PARAM, messages.get("export.mixed"));
        }
        List<StoredCertificate> certs = new ArrayList<>();
        for (Item item : items) {
            certs.add(new StoredCertificate(item, CertificateAttributes.certificate(item)));
        }
        certificates = List.copyOf(certs);
        if (keychain != null) {
            Set<UUID> ids = items.stream().map(Item::id).collect(Collectors.toSet());
            identities = new KeychainCertificates(keychain).identities().stream()
                    .filter(i -> ids.contains(i.certificate().item().id())).toList();
        }
        if (!identities.isEmpty() && identities.size() == items.size()) {
            offered.add(ExportChoice.IDENTITY_PKCS12);
            offered.add(ExportChoice.IDENTITY_PEM);
        }
        offered.add(ExportChoice.CERTIFICATE_PEM);
        if (items.size() == 1) {
            offered.add(ExportChoice.CERTIFICATE_DER);
        }
        offered.add(ExportChoice.CERTIFICATE_PKCS7);
        return offered;
    }

    private String fileName(ExportChoice c) {
        return SaveLocation.fileName(items.size() == 1 ? items.get(0).displayName() : messages.get("export.defaultName"),
                c.extension());
    }

    /** Another format: the file name follows unless the user gave it another extension. */
    private void renameFor(ExportChoice old, ExportChoice now) {
        if (old == null || now == null || !path.get().endsWith("." + old.extension())) {
            return;
        }
        String p = path.get();
        path.set(p.substring(0, p.length() - old.extension().length()) + now.extension());
    }

    /** The passphrase fields changed; the caller still owns and wipes both arrays. */
    public void passphrasesChanged(char[] typed, char[] confirmation) {
        passphrase.changed(typed, confirmation);
    }

    /**
     * Writes the file. Ownership of both arrays passes here; they are wiped. Asks before
     * replacing a file and, for private keys, for the keychain password unless it was entered
     * in the last minute.
     */
    public void export(char[] typed, char[] confirmation) {
        ExportChoice c = choice.get();
        boolean secret = c != null && c.holdsPrivateKeys();
        if (secret) {
            passphrase.changed(typed, confirmation);
        }
        Wipe.chars(confirmation);
        char[] key = secret ? typed : null;
        if (!secret) {
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
        if (secret && !keychain.recentlyAuthenticated()
                && !authenticator.authenticate(keychain, reason())) {
            Wipe.chars(key);
            return;
        }
        write(c, target, key, legacy.get() ? Pkcs12Protection.LEGACY_3DES_SHA1 : Pkcs12Protection.AES_256_SHA256,
                true);
    }

    private void write(ExportChoice c, Path target, char[] key, Pkcs12Protection protection, boolean mayAsk) {
        runner.runAction(() -> ExportFile.write(target, produce(c, key, protection), c.holdsPrivateKeys()))
                .busy(busy)
                .onSuccess(v -> {
                    Wipe.chars(key);
                    dialogs.notify(messages.get("export.done", target.getFileName()));
                    exported.set(target);
                })
                .onFailure(e -> {
                    // The minute since the last password entry may have run out while typing.
                    if (mayAsk && ErrorPresenter.hasStatus(e, Status.INTERACTION_REQUIRED)
                            && authenticator.authenticate(keychain, reason())) {
                        write(c, target, key, protection, false);
                        return;
                    }
                    Wipe.chars(key);
                    if (e instanceof LatchkeyException) {
                        error.set(ErrorPresenter.inlineMessage(e));
                    } else {
                        errors.present(e);
                    }
                })
                .start();
    }

    private byte[] produce(ExportChoice c, char[] key, Pkcs12Protection protection) throws LatchkeyException {
        return switch (c.what()) {
            case CERTIFICATES -> CertificateExporter.certificates(certificates, c.format());
            case IDENTITIES -> new CertificateExporter(new KeychainCertificates(keychain)).identities(identities,
                    c.format(), key, protection);
            case KEYS -> new CertificateExporter(new KeychainCertificates(keychain)).privateKeys(items, c.format(),
                    key);
        };
    }

    private String reason() {
        return items.size() == 1 ? messages.get("reason.exportOne", items.get(0).displayName())
                : messages.get("reason.exportMany", items.size());
    }

    // ---- state for the view --------------------------------------------------------------------

    public String title() {
        return items.size() == 1 ? messages.get("export.title", items.get(0).displayName())
                : messages.get("export.titleMany", items.size());
    }

    public ObservableList<ExportChoice> choices() {
        return choices;
    }

    public ObjectProperty<ExportChoice> choiceProperty() {
        return choice;
    }

    /** PKCS#12 with 3DES and SHA-1 instead of AES-256, for old importers. */
    public BooleanProperty legacyProperty() {
        return legacy;
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

    public StringBinding pathProblemBinding() {
        return pathProblem;
    }

    public BooleanBinding canExportBinding() {
        return canExport;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The file written, once it is. */
    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }
}
