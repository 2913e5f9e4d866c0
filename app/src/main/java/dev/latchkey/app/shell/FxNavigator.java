package dev.latchkey.app.shell;

import dev.latchkey.app.access.AccessRequestView;
import dev.latchkey.app.access.AccessRequestViewModel;
import dev.latchkey.app.transfer.PasswordExportView;
import dev.latchkey.app.transfer.PasswordExportViewModel;
import dev.latchkey.app.transfer.PasswordImportView;
import dev.latchkey.app.transfer.PasswordImportViewModel;
import dev.latchkey.app.passwordassistant.PasswordAssistantView;
import dev.latchkey.app.passwordassistant.PasswordAssistantViewModel;
import dev.latchkey.app.passwordassistant.StrengthViewModel;
import dev.latchkey.app.certassistant.AssistantTask;
import dev.latchkey.app.certificates.TrustCheck;
import dev.latchkey.app.inspector.FieldsAndFilesView;
import dev.latchkey.app.inspector.FieldsAndFilesViewModel;
import dev.latchkey.app.inspector.InspectorView;
import dev.latchkey.app.inspector.InspectorViewModel;
import dev.latchkey.app.items.ItemFields;
import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.items.NewItemView;
import dev.latchkey.app.items.NewItemViewModel;
import dev.latchkey.app.keychains.ChangePasswordView;
import dev.latchkey.app.keychains.ChangePasswordViewModel;
import dev.latchkey.app.keychains.CreateKeychainView;
import dev.latchkey.app.keychains.CreateKeychainViewModel;
import dev.latchkey.app.keychains.KeychainSettingsView;
import dev.latchkey.app.keychains.KeychainSettingsViewModel;
import dev.latchkey.app.keychains.NewPassword;
import dev.latchkey.app.mainwindow.Navigator;
import dev.latchkey.app.settings.GuiPreferences;
import dev.latchkey.app.toolkit.DialogService;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.Scheduler;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.toolkit.ViewLoader;
import dev.latchkey.app.toolkit.Windows;
import dev.latchkey.app.unlock.PasswordThrottle;
import dev.latchkey.app.unlock.SecretReader;
import dev.latchkey.app.unlock.UnlockView;
import dev.latchkey.app.unlock.UnlockViewModel;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.password.PasswordGenerator;
import dev.latchkey.model.password.StrengthMeter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** Opens Latchkey's windows: builds each screen's view model and view and shows them. */
final class FxNavigator implements Navigator {
    private final KeychainService service;
    private final TaskRunner runner;
    private final Scheduler scheduler;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final PasswordThrottle throttle;
    private final GuiPreferences preferences;
    private final ItemTexts texts;
    private final ItemFields fields;
    private final ViewLoader loader;
    private final Windows windows;
    private final StrengthMeter meter;
    private final PasswordGenerator generator;
    private final SecretReader secrets;
    private AutofillNavigator autofill;
    private final FxCertificateWindows certificates;
    private final FxToolWindows tools;
    private final OpenWindows open;
    private final DialogService dialogs;
    private final FileDialogs files;

    FxNavigator(KeychainService service, TaskRunner runner, Scheduler scheduler, ErrorPresenter errors,
            Messages messages, PasswordThrottle throttle, GuiPreferences preferences, ItemTexts texts,
            ItemFields fields, ViewLoader loader, Windows windows, StrengthMeter meter, PasswordGenerator generator,
            DialogService dialogs, FileDialogs files, TrustCheck check, Locale locale, ZoneId zone) {
        this.service = service;
        this.runner = runner;
        this.scheduler = scheduler;
        this.errors = errors;
        this.messages = messages;
        this.throttle = throttle;
        this.preferences = preferences;
        this.texts = texts;
        this.fields = fields;
        this.loader = loader;
        this.windows = windows;
        this.open = new OpenWindows(windows);
        this.dialogs = dialogs;
        this.files = files;
        this.meter = meter;
        this.generator = generator;
        this.secrets = new SecretReader(runner, this, errors);
        this.tools = new FxToolWindows(runner, errors, messages, loader, windows, files, secrets, check, locale, zone);
        this.certificates = new FxCertificateWindows(this, service, runner, errors, messages, loader, windows, open,
                texts, meter, dialogs, files, check, locale, zone, tools);
    }

    /** The File menu's crypto tools. */
    FxToolWindows tools() {
        return tools;
    }

    /** Lets inspectors show one-time codes (the two navigators need each other). */
    void useAutofill(AutofillNavigator codes) {
        this.autofill = codes;
    }


    private NewPassword newPassword() {
        return new NewPassword(new StrengthViewModel(meter, messages), messages);
    }

    @Override
    public void createKeychain(boolean firstRun, Consumer<KeychainRef> created) {
        createKeychainWindow(firstRun, created);
    }

    /** The New Keychain window (raised when open already, then {@code created} is not told). */
    Stage createKeychainWindow(boolean firstRun, Consumer<KeychainRef> created) {
        if (open.raise("create")) {
            return open.find("create").orElseThrow();
        }
        CreateKeychainViewModel vm = new CreateKeychainViewModel(service, firstRun, newPassword(), runner, errors,
                messages);
        vm.createdProperty().addListener((o, old, ref) -> created.accept(ref));
        return open.show("create", loader.load(new CreateKeychainView(vm, messages)), vm.title(), true);
    }

    @Override
    public void unlock(KeychainRef ref, Runnable unlocked) {
        unlockWindow(ref, unlocked);
    }

    /** The keychain's unlock window (raised when open already, then {@code unlocked} is not told). */
    Stage unlockWindow(KeychainRef ref, Runnable unlocked) {
        if (open.raise(ref)) {
            return open.find(ref).orElseThrow();
        }
        UnlockViewModel vm = new UnlockViewModel(ref, UnlockViewModel.unlockPrompt(messages, ref),
                password -> service.unlock(ref, password), throttle, runner, scheduler, errors, messages);
        vm.succeededProperty().addListener((o, old, done) -> unlocked.run());
        return open.show(ref, loader.load(new UnlockView(vm)), vm.prompt().title(), true);
    }

    /** An application asks for an item: the access request, which answers once (Deny when closed). */
    Stage accessRequest(String application, String item, String keychain,
            Consumer<dev.latchkey.app.secretservice.ServicePrompts.Answer> answered) {
        AccessRequestViewModel vm = new AccessRequestViewModel(application, item, keychain, messages, answered);
        Stage stage = windows.dialog(loader.load(new AccessRequestView(vm)), vm.title(), false);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> vm.closed());
        stage.setAlwaysOnTop(true);
        stage.show();
        stage.toFront();
        return stage;
    }

    @Override
    public boolean authenticate(Keychain keychain, String reason) {
        UnlockViewModel vm = new UnlockViewModel(keychain.ref(),
                UnlockViewModel.confirmPrompt(messages, keychain.ref(), reason), keychain::confirmPassword, throttle,
                runner, scheduler, errors, messages);
        Stage stage = windows.dialog(loader.load(new UnlockView(vm)), vm.prompt().title(), true);
        stage.showAndWait();
        return vm.succeededProperty().get();
    }

    @Override
    public void newItem(Keychain keychain, ItemClass kind, Consumer<UUID> added) {
        PasswordAssistantViewModel assistantVm = new PasswordAssistantViewModel(generator,
                new StrengthViewModel(meter, messages), messages);
        PasswordAssistantView assistant = new PasswordAssistantView(assistantVm, messages);
        Parent assistantRoot = loader.load(assistant);
        NewItemViewModel vm = new NewItemViewModel(keychain, kind, fields, new StrengthViewModel(meter, messages),
                runner, errors, messages);
        vm.addedProperty().addListener((o, old, id) -> added.accept(id));
        open.show(new Object(), loader.load(new NewItemView(vm, assistant, assistantRoot, messages)), vm.title(), true);
    }

    @Override
    public void inspect(Keychain keychain, Item item) {
        if (FxCertificateWindows.inspects(item)) {
            certificates.inspect(keychain, item);
            return;
        }
        if (open.raise(item.id())) {
            return;
        }
        InspectorViewModel vm = new InspectorViewModel(service, keychain, item, secrets, this, fields, texts, runner,
                errors, messages);
        InspectorView view = new InspectorView(vm, messages);
        Parent root = loader.load(view);
        FieldsAndFilesViewModel extras = new FieldsAndFilesViewModel(keychain, item, secrets, runner, errors, messages);
        Parent extrasRoot = loader.load(new FieldsAndFilesView(extras, files, messages));
        extras.availableProperty().addListener((o, old, available) -> {
            if (available) {
                view.addTab(messages.get("fields.tab"), extrasRoot);
            }
        });
        extras.start();
        if (autofill != null) {
            autofill.extendInspector(keychain, item, view);
        }
        open.show(item.id(), root, messages.get("inspector.window", item.displayName()), false);
    }

    @Override
    public void inspectRoot(Item root, Keychain trustKeychain) {
        certificates.inspect(null, root, trustKeychain);
    }

    @Override
    public void chooseAndImport(Keychain keychain, Consumer<UUID> imported) {
        certificates.chooseAndImport(keychain, imported);
    }

    @Override
    public void importFiles(Keychain keychain, List<Path> files, Consumer<UUID> imported) {
        certificates.importFiles(keychain, files, imported);
    }

    @Override
    public void importPasswords(Keychain keychain, Consumer<UUID> imported) {
        PasswordImportViewModel vm = new PasswordImportViewModel(keychain, () -> files.chooseToOpen(
                messages.get("passwordImport.chooseTitle"), List.of(
                        new FileChooser.ExtensionFilter(messages.get("passwordImport.exports"), "*.kdbx", "*.csv",
                                "*.json", "*.1pux", "*.txt", "*.lkbackup"),
                        new FileChooser.ExtensionFilter(messages.get("import.allFiles"), "*"))), runner, errors, messages);
        vm.firstImportedProperty().addListener((o, old, id) -> imported.accept(id));
        Stage stage = open.show(new Object(), loader.load(new PasswordImportView(vm, messages)), vm.title(), true);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> vm.close());
    }

    @Override
    public void exportPasswords(Keychain keychain) {
        PasswordExportViewModel vm = new PasswordExportViewModel(keychain, this, newPassword(), dialogs, runner, errors,
                messages, Path.of(System.getProperty("user.home")));
        open.show(new Object(), loader.load(new PasswordExportView(vm, messages, files)), vm.title(), true);
    }

    @Override
    public void export(Keychain keychain, List<Item> items) {
        certificates.export(keychain, items);
    }

    @Override
    public void evaluate(Item certificate, Keychain trustKeychain) {
        certificates.evaluate(certificate, trustKeychain);
    }

    @Override
    public void certificateAssistant(Keychain keychain, AssistantTask task, Consumer<UUID> created) {
        certificates.certificateAssistant(keychain, task, created);
    }

    @Override
    public void changePassword(KeychainRef ref) {
        ChangePasswordViewModel vm = new ChangePasswordViewModel(service, ref, newPassword(), throttle, runner, errors,
                messages);
        open.show(new Object(), loader.load(new ChangePasswordView(vm, messages)), vm.title(), true);
    }

    @Override
    public void keychainSettings(Keychain keychain) {
        KeychainSettingsViewModel vm = new KeychainSettingsViewModel(keychain, preferences, runner, errors, messages);
        open.show(new Object(), loader.load(new KeychainSettingsView(vm)), vm.title(), true);
    }
}
