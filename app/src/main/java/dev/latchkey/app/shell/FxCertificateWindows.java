package dev.latchkey.app.shell;

import dev.latchkey.app.passwordassistant.StrengthViewModel;
import dev.latchkey.app.certassistant.AssistantTask;
import dev.latchkey.app.certassistant.CertificateAssistantView;
import dev.latchkey.app.certassistant.CertificateAssistantViewModel;
import dev.latchkey.app.certificates.CertificateDetails;
import dev.latchkey.app.certificates.CertificateInspectorView;
import dev.latchkey.app.certificates.CertificateInspectorViewModel;
import dev.latchkey.app.certificates.CertificateWindows;
import dev.latchkey.app.certificates.InspectedCertificate;
import dev.latchkey.app.certificates.KeyInspectorView;
import dev.latchkey.app.certificates.KeyInspectorViewModel;
import dev.latchkey.app.certificates.TrustCheck;
import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.keychains.NewPassword;
import dev.latchkey.app.transfer.ExportView;
import dev.latchkey.app.transfer.ExportViewModel;
import dev.latchkey.app.transfer.ImportView;
import dev.latchkey.app.transfer.ImportViewModel;
import dev.latchkey.app.transfer.PassphrasePrompt;
import dev.latchkey.app.transfer.PassphraseView;
import dev.latchkey.app.transfer.PassphraseViewModel;
import dev.latchkey.app.trustviewer.TrustViewerView;
import dev.latchkey.app.trustviewer.TrustViewerViewModel;
import dev.latchkey.app.toolkit.DialogService;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.toolkit.ViewLoader;
import dev.latchkey.app.toolkit.Windows;
import dev.latchkey.app.unlock.Authenticator;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.password.StrengthMeter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Opens the certificate windows: certificate and key inspectors, the trust viewer, import
 * (with the file passphrase prompt), export and Certificate Assistant; the inspectors' ASN.1
 * views go to the tools' viewer.
 */
final class FxCertificateWindows implements CertificateWindows, PassphrasePrompt {
    private final Authenticator authenticator;
    private final KeychainService service;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final ViewLoader loader;
    private final ItemTexts texts;
    private final StrengthMeter meter;
    private final DialogService dialogs;
    private final FileDialogs files;
    private final TrustCheck check;
    private final Locale locale;
    private final ZoneId zone;
    private final CertificateDetails details;
    private final Windows windows;
    private final OpenWindows open;
    private final FxToolWindows tools;

    FxCertificateWindows(Authenticator authenticator, KeychainService service, TaskRunner runner, ErrorPresenter errors,
            Messages messages, ViewLoader loader, Windows windows, OpenWindows open, ItemTexts texts, StrengthMeter meter,
            DialogService dialogs, FileDialogs files, TrustCheck check, Locale locale, ZoneId zone,
            FxToolWindows tools) {
        this.authenticator = authenticator;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.loader = loader;
        this.windows = windows;
        this.open = open;
        this.texts = texts;
        this.meter = meter;
        this.dialogs = dialogs;
        this.files = files;
        this.check = check;
        this.locale = locale;
        this.zone = zone;
        this.details = new CertificateDetails(texts);
        this.tools = tools;
    }


    /** True for the items this class inspects: certificates and keys. */
    static boolean inspects(Item item) {
        return item.itemClass() == ItemClass.CERTIFICATE || item.itemClass() == ItemClass.KEY;
    }

    @Override
    public void inspect(Keychain keychain, Item item) {
        inspect(keychain, item, keychain);
    }

    /** Get Info on a certificate (trust settings kept in {@code trustKeychain}) or a key. */
    void inspect(Keychain keychain, Item item, Keychain trustKeychain) {
        if (open.raise(item.id())) {
            return;
        }
        if (item.itemClass() == ItemClass.KEY) {
            runner.run(() -> KeyInspectorViewModel.pairedCertificate(keychain, item)).onSuccess(certificate -> {
                KeyInspectorViewModel vm = new KeyInspectorViewModel(keychain, item, certificate.orElse(null), service,
                        this, details, texts, runner);
                open.show(item.id(), loader.load(new KeyInspectorView(vm)), messages.get("inspector.window",
                        item.displayName()), false);
            }).onFailure(errors::present).start();
            return;
        }
        runner.run(() -> InspectedCertificate.read(keychain, item)).onSuccess(inspected -> {
            CertificateInspectorViewModel vm = new CertificateInspectorViewModel(inspected, trustKeychain, service,
                    check, this, details, runner, errors, messages);
            open.show(item.id(), loader.load(new CertificateInspectorView(vm, messages)),
                    messages.get("inspector.window", item.displayName()), false);
        }).onFailure(errors::present).start();
    }

    @Override
    public void evaluate(Item certificate, Keychain trustKeychain) {
        Object key = List.of("evaluate", certificate.id());
        if (open.raise(key)) {
            return;
        }
        runner.run(() -> CertificateAttributes.certificate(certificate)).onSuccess(c -> {
            TrustViewerViewModel vm = new TrustViewerViewModel(c, certificate.displayName(), trustKeychain, check,
                    runner, errors, messages, locale, zone);
            open.show(key, loader.load(new TrustViewerView(vm, messages, files)),
                    messages.get("trustViewer.window", certificate.displayName()), false);
            vm.evaluate();
        }).onFailure(errors::present).start();
    }

    @Override
    public void viewAsn1(String name, byte[] der) {
        tools.viewAsn1(name, der);
    }

    @Override
    public void viewPublicKeyAsn1(Keychain keychain, Item key) {
        tools.viewPublicKeyAsn1(keychain, key);
    }

    @Override
    public void export(Keychain keychain, List<Item> items) {
        ExportViewModel vm = new ExportViewModel(keychain, items, authenticator,
                new NewPassword(new StrengthViewModel(meter, messages), messages), dialogs, runner, errors, messages,
                Path.of(System.getProperty("user.home")));
        open.show(new Object(), loader.load(new ExportView(vm, messages, files)), vm.title(), true);
        vm.load();
    }

    /** File &gt; Import: asks which files, then imports them as {@link #importFiles} does. */
    void chooseAndImport(Keychain keychain, Consumer<UUID> imported) {
        List<Path> chosen = files.chooseToOpen(messages.get("import.chooseTitle"), List.of(
                new FileChooser.ExtensionFilter(messages.get("import.certificateFiles"), "*.pem", "*.crt", "*.cer",
                        "*.der", "*.p7b", "*.p7c", "*.p12", "*.pfx", "*.key", "*.p8", "*.pk8", "*.jks", "*.jceks"),
                new FileChooser.ExtensionFilter(messages.get("import.allFiles"), "*")));
        if (!chosen.isEmpty()) {
            importFiles(keychain, chosen, imported);
        }
    }

    /** Files dropped on the window, or chosen: the report window, then each file in turn (asking for passphrases over it). */
    void importFiles(Keychain keychain, List<Path> files, Consumer<UUID> imported) {
        ImportViewModel vm = new ImportViewModel(keychain, files, this, runner, errors, messages);
        vm.firstImportedProperty().addListener((o, old, id) -> imported.accept(id));
        open.show(new Object(), loader.load(new ImportView(vm, messages)), vm.title(), true);
        vm.start();
    }

    @Override
    public char[] ask(String fileName, boolean again) {
        PassphraseViewModel vm = new PassphraseViewModel(fileName, again, messages);
        Stage stage = windows.dialog(loader.load(new PassphraseView(vm)), vm.title(), true);
        stage.showAndWait();
        return vm.take();
    }

    /** Certificate Assistant, at {@code task}'s form (or its introduction when null). */
    void certificateAssistant(Keychain keychain, AssistantTask task, Consumer<UUID> created) {
        CertificateAssistantViewModel vm = new CertificateAssistantViewModel(keychain, check.clock(), runner, errors,
                texts, Path.of(System.getProperty("user.home")));
        if (task != null) {
            vm.startAt(task);
        }
        vm.createdProperty().addListener((o, old, id) -> created.accept(id));
        open.show(new Object(), loader.load(new CertificateAssistantView(vm, messages, files)),
                messages.get("certAssistant.window"), false);
        vm.load();
    }
}
