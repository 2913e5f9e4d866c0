package dev.latchkey.app.shell;

import dev.latchkey.app.autofill.AutofillActions;
import dev.latchkey.app.autofill.AutofillWindows;
import dev.latchkey.app.autotype.AutoTyping;
import dev.latchkey.app.clipboard.ClipboardGuard;
import dev.latchkey.app.codes.AddCodeView;
import dev.latchkey.app.codes.AddCodeViewModel;
import dev.latchkey.app.codes.CodeCopier;
import dev.latchkey.app.codes.ExportCodeView;
import dev.latchkey.app.codes.ExportCodeViewModel;
import dev.latchkey.app.codes.ItemCodeView;
import dev.latchkey.app.codes.ItemCodeViewModel;
import dev.latchkey.app.codes.LiveCodes;
import dev.latchkey.app.hotkey.GlobalShortcut;
import dev.latchkey.app.inspector.InspectorView;
import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.mainwindow.Navigator;
import dev.latchkey.app.quickfill.QuickFillView;
import dev.latchkey.app.quickfill.QuickFillViewModel;
import dev.latchkey.app.recommendations.RecommendationsView;
import dev.latchkey.app.recommendations.RecommendationsViewModel;
import dev.latchkey.app.toolkit.AppIcons;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.Scheduler;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.toolkit.ViewLoader;
import dev.latchkey.app.toolkit.Windows;
import dev.latchkey.app.unlock.SecretReader;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.audit.SecurityAudit;
import dev.latchkey.model.autofill.CredentialMatcher;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.password.StrengthMeter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Opens the windows of the one-time code and AutoFill features (Add Code, export, Quick
 * Fill, Security Recommendations) and adds the code row to the inspector.
 */
final class AutofillNavigator implements AutofillWindows {
    private final KeychainService service;
    private final Navigator navigator;
    private final TaskRunner runner;
    private final Scheduler scheduler;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final ViewLoader loader;
    private final Windows windows;
    private final FileDialogs files;
    private final ClipboardGuard clipboard;
    private final SecretReader secrets;
    private final ItemTexts texts;
    private final StrengthMeter meter;
    private final CodeCopier codes;
    private final LiveCodes live;
    private final AutoTyping autoTyping;
    private final ObservableValue<GlobalShortcut> shortcut;
    private final Map<KeychainRef, Stage> recommendations = new HashMap<>();
    private AutofillActions actions;
    private Stage quickFill;
    private QuickFillViewModel quickFillModel;

    AutofillNavigator(KeychainService service, Navigator navigator, TaskRunner runner, Scheduler scheduler,
            ErrorPresenter errors, Messages messages, ViewLoader loader, Windows windows, FileDialogs files,
            ClipboardGuard clipboard,
            ItemTexts texts, StrengthMeter meter, CodeCopier codes, LiveCodes live, AutoTyping autoTyping,
            ObservableValue<GlobalShortcut> shortcut) {
        this.service = service;
        this.navigator = navigator;
        this.runner = runner;
        this.scheduler = scheduler;
        this.errors = errors;
        this.messages = messages;
        this.loader = loader;
        this.windows = windows;
        this.files = files;
        this.clipboard = clipboard;
        this.secrets = new SecretReader(runner, navigator, errors);
        this.texts = texts;
        this.meter = meter;
        this.codes = codes;
        this.live = live;
        this.autoTyping = autoTyping;
        this.shortcut = shortcut;
    }

    /** The main window's actions, for revealing items (they need this navigator first). */
    void connect(AutofillActions mainActions) {
        this.actions = mainActions;
    }

    @Override
    public void addCode(Keychain keychain, Item attachTo, boolean attachNow, Consumer<List<UUID>> added) {
        AddCodeViewModel vm = new AddCodeViewModel(keychain, attachTo, attachNow, service.clock(), runner, errors,
                messages);
        vm.addedProperty().addListener((o, old, ids) -> added.accept(ids));
        windows.dialog(loader.load(new AddCodeView(vm, messages, files, System.getenv())), vm.title(), true).show();
    }

    /** Shows a code's QR image and URI; the window owns {@code uri} and wipes it. */
    void exportCode(Item item, char[] uri) {
        ExportCodeViewModel vm = new ExportCodeViewModel(item.displayName(), uri, clipboard, runner, errors, messages);
        windows.dialog(loader.load(new ExportCodeView(vm, messages, files)), vm.title(), true).show();
    }

    /** Adds the one-time code row to an item's inspector. */
    void extendInspector(Keychain keychain, Item item, InspectorView inspector) {
        if (!ItemCodeViewModel.applies(item)) {
            return;
        }
        ItemCodeViewModel vm = new ItemCodeViewModel(keychain, item, live, codes, navigator, scheduler, runner, errors,
                messages, this::exportCode, i -> addCode(keychain, i, true, ids -> { }));
        Parent row = loader.load(new ItemCodeView(vm, messages));
        inspector.addAttributeRow(row);
        vm.start();
    }

    @Override
    public void quickFill() {
        if (quickFill != null && quickFill.isShowing()) {
            quickFill.toFront();
            quickFill.requestFocus();
            return;
        }
        if (quickFill == null) {
            quickFillModel = new QuickFillViewModel(this::unlockedKeychains, new CredentialMatcher(), secrets, codes,
                    clipboard, autoTyping, shortcut, texts, runner, messages);
            quickFill = windows.dialog(loader.load(new QuickFillView(quickFillModel, messages)),
                    messages.get("quickfill.window"), false);
            // Quick Fill searches the unlocked keychains: a keychain unlocked in the prompt that
            // follows a cold `latchkey quick-fill`, or locked when idle, changes what it shows.
            service.addLockListener((ref, state) -> runner.onUi(() -> {
                if (quickFill.isShowing()) {
                    quickFillModel.keychainsChanged();
                }
            }));
        } else {
            quickFillModel.reopened();
        }
        quickFill.show();
        placeNearTop(quickFill);
        quickFill.requestFocus();
    }

    private List<Keychain> unlockedKeychains() throws LatchkeyException {
        return service.list().stream().map(service::unlocked).flatMap(Optional::stream).toList();
    }

    /** Where a launcher-like window belongs: centred, a third of the way down the screen. */
    private static void placeNearTop(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
        stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - stage.getHeight()) / 3));
    }

    @Override
    public void securityRecommendations(Keychain keychain) {
        Stage existing = recommendations.get(keychain.ref());
        if (existing != null && existing.isShowing()) {
            existing.toFront();
            return;
        }
        RecommendationsViewModel vm = new RecommendationsViewModel(keychain,
                new SecurityAudit(password -> meter.measure(password).score(), service.clock()), runner, navigator,
                errors, messages, id -> reveal(keychain, id));
        Parent root = loader.load(new RecommendationsView(vm, messages, files));
        // A list worth resizing: not a Windows.dialog, which sizes itself to its content.
        Stage stage = new Stage();
        stage.getIcons().setAll(AppIcons.windowIcons());
        stage.initOwner(windows.mainWindow());
        stage.initModality(Modality.NONE);
        stage.setTitle(vm.title());
        stage.setScene(windows.scene(root));
        stage.setMinWidth(560);
        stage.setMinHeight(420);
        recommendations.put(keychain.ref(), stage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> recommendations.remove(keychain.ref(), stage));
        stage.show();
        vm.refresh();
    }

    private void reveal(Keychain keychain, UUID id) {
        if (actions != null) {
            actions.reveal(id);
        }
        try {
            keychain.get(id).ifPresent(item -> navigator.inspect(keychain, item));
        } catch (LatchkeyException e) {
            errors.present(e);
        }
    }
}
