package dev.latchkey.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.latchkey.app.Version;
import dev.latchkey.app.autofill.AutofillActions;
import dev.latchkey.app.autotype.AutoTyping;
import dev.latchkey.app.autotype.Typist;
import dev.latchkey.app.certificates.TrustBannerView;
import dev.latchkey.app.certificates.TrustBannerViewModel;
import dev.latchkey.app.certificates.TrustCheck;
import dev.latchkey.app.clipboard.ClipboardGuard;
import dev.latchkey.app.codes.CodeCopier;
import dev.latchkey.app.codes.CodesView;
import dev.latchkey.app.codes.CodesViewModel;
import dev.latchkey.app.codes.LiveCodes;
import dev.latchkey.app.hotkey.ShortcutSwitch;
import dev.latchkey.app.secretservice.SecretServiceProvider;
import dev.latchkey.app.idle.IdleLock;
import dev.latchkey.app.idle.WindowActivity;
import dev.latchkey.app.items.ItemFields;
import dev.latchkey.app.items.ItemTableView;
import dev.latchkey.app.items.ItemTableViewModel;
import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.keychains.KeychainsViewModel;
import dev.latchkey.app.mainwindow.MainView;
import dev.latchkey.app.mainwindow.MainViewModel;
import dev.latchkey.app.mainwindow.KeychainsView;
import dev.latchkey.app.settings.GuiPreferences;
import dev.latchkey.app.settings.GuiSettings;
import dev.latchkey.app.settings.GuiSettingsStore;
import dev.latchkey.app.settings.Theme;
import dev.latchkey.app.toolkit.DialogService;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.FxFileDialogs;
import dev.latchkey.app.toolkit.FxDialogService;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.Scheduler;
import dev.latchkey.app.toolkit.SystemClipboard;
import dev.latchkey.app.toolkit.TaskExecutor;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.toolkit.ViewLoader;
import dev.latchkey.app.toolkit.Windows;
import dev.latchkey.app.unlock.PasswordThrottle;
import dev.latchkey.app.unlock.SecretReader;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.LockState;
import dev.latchkey.model.password.PasswordGenerator;
import dev.latchkey.model.password.StrengthMeter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Wires the GUI by hand (constructor injection, no framework): the model's service, the UI
 * plumbing, every view model, and the main window. Tests build it with a temp-folder
 * service, an inline task executor, a hand-moved clock and scheduler, and a memory clipboard.
 */
public final class CompositionRoot {
    private static final System.Logger LOG = System.getLogger(CompositionRoot.class.getName());

    private final KeychainService service;
    private final boolean systemDark;
    private final Messages messages;
    private final GuiPreferences preferences;
    private final ClipboardGuard clipboard;
    private final IdleLock idle;
    private final MainViewModel main;
    private final MainView mainView;
    private final ViewLoader loader;
    private final Windows windows;
    private final TrustBannerView banner;
    private final AutofillActions autofill;
    private final ShortcutSwitch shortcut;
    private final FxNavigator navigator;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private SecretServiceProvider secretService;
    private Stage stage;

    public CompositionRoot(KeychainService service, TaskExecutor executor, Scheduler scheduler,
            SystemClipboard systemClipboard, LongSupplier monotonicNanos, GuiSettings settings, boolean systemDark,
            Locale locale, ZoneId zone, Typist typist, ShortcutSwitch shortcut) {
        this(service, executor, scheduler, systemClipboard, monotonicNanos, settings, systemDark, locale, zone, typist,
                shortcut, null);
    }

    /**
     * As above; {@code files} answers the file choosers (null: the platform's). The root owns
     * {@code shortcut}: its presses open Quick Fill, and {@link #stop} gives it back.
     */
    public CompositionRoot(KeychainService service, TaskExecutor executor, Scheduler scheduler,
            SystemClipboard systemClipboard, LongSupplier monotonicNanos, GuiSettings settings, boolean systemDark,
            Locale locale, ZoneId zone, Typist typist, ShortcutSwitch shortcut, FileDialogs files) {
        this.service = service;
        this.systemDark = systemDark;
        this.messages = Messages.load(locale);
        this.loader = new ViewLoader(messages);
        this.windows = new Windows(() -> stage);
        this.dialogs = new FxDialogService(windows, loader, messages, systemClipboard);
        ErrorPresenter errors = new ErrorPresenter(dialogs, service.clock(), Version.current());
        this.runner = new TaskRunner(executor, errors::present);
        this.preferences = new GuiPreferences(new GuiSettingsStore(service.settings()), settings, runner);
        PasswordThrottle throttle = new PasswordThrottle(service.clock());
        ItemTexts texts = new ItemTexts(messages, locale, zone);
        ItemFields fields = new ItemFields(messages);
        TrustCheck trustCheck = new TrustCheck(service.clock());
        FileDialogs fileDialogs = files != null ? files : new FxFileDialogs(windows);
        this.navigator = new FxNavigator(service, runner, scheduler, errors, messages, throttle, preferences,
                texts, fields, loader, windows, new StrengthMeter(), new PasswordGenerator(), dialogs,
                fileDialogs, trustCheck,
                locale, zone);
        this.clipboard = new ClipboardGuard(systemClipboard, service.clock(), scheduler,
                () -> Duration.ofSeconds(preferences.get().clipboardClearSeconds()));
        // Reads are heard on the clipboard's own thread (X11), whatever executor the GUI uses.
        systemClipboard.onRead(() -> Platform.runLater(clipboard::readHeard));
        service.addLockListener((ref, state) -> {
            if (state == LockState.LOCKED) {
                runner.onUi(clipboard::clearNow);
            }
        });
        this.idle = new IdleLock(service, service.clock(), monotonicNanos, scheduler, runner);
        KeychainsViewModel keychains = new KeychainsViewModel(service, runner, dialogs, errors, messages);
        ItemTableViewModel table = new ItemTableViewModel(runner, errors, texts);
        SecretReader secrets = new SecretReader(runner, navigator, errors);
        this.main = new MainViewModel(keychains, table, clipboard, secrets, navigator, dialogs, errors, runner,
                scheduler, preferences, messages);
        // One-time codes, Quick Fill, auto-type and Security Recommendations (issue 5).
        LiveCodes live = new LiveCodes(runner, service.clock());
        CodeCopier codes = new CodeCopier(runner, navigator, clipboard, service.clock(), errors, messages);
        AutoTyping autoTyping = new AutoTyping(typist, secrets, codes, runner, messages);
        AutofillNavigator autofillWindows = new AutofillNavigator(service, navigator, runner, scheduler, errors,
                messages, loader, windows, fileDialogs, clipboard, texts, new StrengthMeter(), codes, live,
                autoTyping, shortcut.currentProperty());
        navigator.useAutofill(autofillWindows);
        this.autofill = new AutofillActions(table, autofillWindows, codes, autoTyping, dialogs);
        autofillWindows.connect(autofill);
        CodesViewModel codesModel = new CodesViewModel(table, live, codes, navigator, scheduler, messages,
                autofill::addCode);
        navigator.tools().trustFrom(main::trustKeychain);
        this.mainView = new MainView(main, loader, new KeychainsView(main, messages),
                new ItemTableView(table, main, texts, messages), new CodesView(codesModel, messages), autofill,
                navigator.tools(), messages);
        this.banner = new TrustBannerView(new TrustBannerViewModel(table.focusedProperty(), main::trustKeychain,
                trustCheck, runner, texts));
        this.shortcut = shortcut;
        // Presses come on the shortcut's own thread, whatever executor the rest of the GUI uses.
        shortcut.onPressed(() -> Platform.runLater(this::quickFill));
    }

    /** Shows the main window and starts the first-run or unlock prompt. */
    public void start(Stage primary) {
        this.stage = primary;
        applyTheme(preferences.get().theme());
        preferences.settingsProperty().addListener((o, old, now) -> {
            if (old.theme() != now.theme()) {
                applyTheme(now.theme());
            }
            if (!old.quickFillEverywhere().equals(now.quickFillEverywhere())) {
                shortcut.turn(now.quickFillEverywhere());
            }
        });
        javafx.scene.layout.Region root = (javafx.scene.layout.Region) loader.load(mainView);
        mainView.tableView().addToHeader(loader.load(banner));
        Scene scene = windows.scene(root);
        primary.setScene(scene);
        primary.setTitle(messages.get("app.title"));
        restoreLayout(primary, root, preferences.get());
        primary.setOnCloseRequest(e -> Platform.exit());
        WindowActivity.track(idle);
        primary.show();
        primary.setMinWidth(720);
        primary.setMinHeight(440);
        keepInitialSize(primary);
        idle.start();
        Platform.runLater(main::start);
    }

    private void restoreLayout(Stage primary, javafx.scene.layout.Region root, GuiSettings s) {
        mainView.tableView().applyLayout(s.columns(), s.sort());
        GuiSettings.WindowBounds b = s.window();
        if (b == null) {
            primary.setWidth(root.getPrefWidth());
            primary.setHeight(root.getPrefHeight());
            return;
        }
        boolean onScreen = !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty();
        primary.setWidth(Math.max(720, b.width()));
        primary.setHeight(Math.max(440, b.height()));
        if (onScreen) {
            primary.setX(b.x());
            primary.setY(b.y());
        }
        primary.setMaximized(b.maximized());
    }

    /**
     * Some window managers (Openbox, as on LXDE) shrink a JavaFX window to its minimum size
     * while mapping it; once they are done, give it back the size it was shown with.
     */
    private static void keepInitialSize(Stage stage) {
        double width = stage.getWidth();
        double height = stage.getHeight();
        PauseTransition settled = new PauseTransition(javafx.util.Duration.millis(500));
        settled.setOnFinished(e -> {
            if (!stage.isMaximized() && (stage.getWidth() < width - 10 || stage.getHeight() < height - 10)) {
                stage.setWidth(width);
                stage.setHeight(height);
            }
        });
        settled.play();
    }

    private void applyTheme(Theme theme) {
        boolean dark = theme == Theme.DARK || theme == Theme.SYSTEM && systemDark;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /**
     * Offers the keychains to other applications as the session's Secret Service, asking in
     * this window when an application wants an item; says so when another program serves it.
     */
    public void serveSecretService() {
        serveSecretService(SecretServiceProvider.sessionBusAddress());
    }

    /** The same on the bus at {@code address} (a test's private bus). */
    void serveSecretService(String address) {
        runner.run(() -> SecretServiceProvider.start(service, new WindowPrompts(navigator, service), idle::touch,
                address))
                .onSuccess(provider -> {
                    secretService = provider;
                    if (provider.status().state() == SecretServiceProvider.Status.State.TAKEN) {
                        dialogs.notify(messages.get("secretservice.unavailable", provider.status().message()));
                    }
                }).start();
    }

    /** What {@code latchkey status} says of the window as the keychain service. */
    public java.util.List<String> serviceFacts() {
        SecretServiceProvider provider = secretService;
        return java.util.List.of("Latchkey service: the Latchkey window (pid " + ProcessHandle.current().pid() + ")",
                "Secret Service: " + (provider == null ? "starting" : provider.status().message()));
    }

    /** The app is quitting: remember the layout, clear the clipboard, lock every keychain. */
    public void stop() {
        if (secretService != null) {
            secretService.close();
        }
        shortcut.close();
        idle.stop();
        main.shutdown();
        if (stage != null) {
            GuiSettings.WindowBounds bounds = new GuiSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized());
            try {
                preferences.updateNow(g -> g.withLayout(bounds, mainView.tableView().columnLayout(),
                        mainView.tableView().sortLayout()));
            } catch (LatchkeyException e) {
                LOG.log(System.Logger.Level.WARNING, "could not save the window layout: " + e.getMessage());
            }
        }
        service.close();
    }

    /** Opens Quick Fill as Ctrl+Shift+Space does in the window: for requests from outside it. FX thread. */
    public void quickFill() {
        autofill.quickFill();
    }

    /** Brings the main window back, de-iconified and in front: for a second start of the app. FX thread. */
    public void showMainWindow() {
        if (stage == null) {
            return;
        }
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    public MainViewModel mainViewModel() {
        return main;
    }

    public ClipboardGuard clipboard() {
        return clipboard;
    }

    public IdleLock idleLock() {
        return idle;
    }
}
