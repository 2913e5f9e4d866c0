package dev.latchkey.app.shell;

import dev.latchkey.app.clipboard.X11Clipboard;
import dev.latchkey.app.instance.InstanceServer;
import dev.latchkey.app.service.CommandSessions;
import dev.latchkey.app.instance.WindowRequest;
import dev.latchkey.app.toolkit.FxScheduler;
import dev.latchkey.app.toolkit.FxTaskExecutor;
import dev.latchkey.model.password.PasswordGenerator;
import dev.latchkey.model.password.PasswordRules;
import dev.latchkey.model.password.PasswordStyle;
import dev.latchkey.model.password.StrengthMeter;
import java.time.ZoneId;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: reads settings before the window exists, then hands over to {@link CompositionRoot}. */
public final class LatchkeyApp extends Application {
    private StartupState state;
    private FxTaskExecutor executor;
    private CompositionRoot root;
    private CommandSessions sessions;

    /** Runs on the launcher thread before {@link #start}: the window needs the settings and the appearance. */
    @Override
    public void init() {
        state = StartupState.await();
        executor = new FxTaskExecutor();
        executor.background(LatchkeyApp::warmUp);
    }

    /**
     * zxcvbn's dictionaries and the word list load on first use: load them beside the window's
     * start-up (not before it, which made the first window wait), and not on a keystroke.
     */
    private static void warmUp() {
        char[] sample = "warm-up".toCharArray();
        new StrengthMeter().measure(sample);
        java.util.Arrays.fill(new PasswordGenerator().generate(PasswordStyle.MEMORABLE,
                PasswordRules.defaults(PasswordStyle.MEMORABLE)), '\0');
    }

    @Override
    public void start(Stage stage) {
        stage.getIcons().setAll(dev.latchkey.app.toolkit.AppIcons.windowIcons());
        root = new CompositionRoot(state.service(), executor, new FxScheduler(), state.clipboard(),
                System::nanoTime, state.settings(), state.systemDark(), Locale.getDefault(), ZoneId.systemDefault(),
                state.typist(), state.shortcut());
        root.start(stage);
        GuiLauncher.channel().ifPresent(channel -> {
            channel.handleWith(request -> Platform.runLater(() -> answer(request)));
            // The window is the keychain service: `latchkey` commands run here (decision 0010).
            sessions = new CommandSessions(state.service(), root.idleLock()::touch, root::serviceFacts);
            channel.serveCommandsWith(sessions);
        });
        root.serveSecretService();
        if (GuiLauncher.firstRequest() == WindowRequest.QUICK_FILL) {
            // Started by `latchkey quick-fill`: the same request, answered as a running window would.
            Platform.runLater(() -> answer(WindowRequest.QUICK_FILL));
        }
    }

    /** A request from another process: {@code latchkey quick-fill} or a second start. */
    private void answer(WindowRequest request) {
        switch (request) {
            case QUICK_FILL -> root.quickFill();
            case SHOW -> root.showMainWindow();
            case HANDOVER -> { } // never reaches a window: the channel refuses it
        }
    }

    @Override
    public void stop() {
        GuiLauncher.channel().ifPresent(InstanceServer::close);
        if (sessions != null) {
            sessions.close();
        }
        if (root != null) {
            root.stop();
        }
        if (state.clipboard() instanceof X11Clipboard owned) {
            owned.close();
        }
        executor.close();
    }
}
