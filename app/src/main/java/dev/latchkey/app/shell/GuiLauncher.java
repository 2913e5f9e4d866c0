package dev.latchkey.app.shell;

import dev.latchkey.app.instance.InstanceServer;
import dev.latchkey.app.instance.SingleInstance;
import dev.latchkey.app.instance.SocketPath;
import dev.latchkey.app.instance.WindowRequest;
import dev.latchkey.model.settings.LatchkeyHome;
import java.io.PrintStream;
import java.util.Optional;
import javafx.application.Application;

/** Starts the Latchkey window from a plain class, so the CLI never needs JavaFX to start. */
public final class GuiLauncher {
    private static volatile InstanceServer channel;
    private static volatile WindowRequest firstRequest = WindowRequest.SHOW;

    private GuiLauncher() {
    }

    /**
     * Runs the GUI until it quits, or hands {@code request} over to the window already running;
     * returns the process exit code. {@link WindowRequest#QUICK_FILL} opens Quick Fill as soon
     * as the window is up, so {@code latchkey quick-fill} with no window running costs one start.
     */
    public static int launch(WindowRequest request, PrintStream out, PrintStream err) {
        dev.latchkey.model.store.KeychainOwner.describeThisProcessAs("the Latchkey window");
        SingleInstance instance = SingleInstance.claim(SocketPath.in(LatchkeyHome.fromEnvironment()), request, out,
                err);
        if (!instance.opensWindow()) {
            return instance.exitCode();
        }
        channel = instance.server().orElse(null);
        firstRequest = request;
        StartupState.startReading();
        Application.launch(LatchkeyApp.class);
        return 0;
    }

    /** Where requests from other processes arrive; empty when the window was started without the launcher. */
    static Optional<InstanceServer> channel() {
        return Optional.ofNullable(channel);
    }

    /** What the start asked for: show the window, or open Quick Fill once it is up. */
    static WindowRequest firstRequest() {
        return firstRequest;
    }
}
