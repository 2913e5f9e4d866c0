package dev.latchkey.app.shell;

import dev.latchkey.app.instance.InstanceServer;
import dev.latchkey.app.instance.SingleInstance;
import dev.latchkey.app.instance.SocketPath;
import dev.latchkey.model.settings.LatchkeyHome;
import java.util.Optional;
import javafx.application.Application;

/** Starts the Latchkey window from a plain class, so the CLI never needs JavaFX to start. */
public final class GuiLauncher {
    private static volatile InstanceServer channel;

    private GuiLauncher() {
    }

    /** Runs the GUI until it quits, or hands over to the window already running; returns the process exit code. */
    public static int launch(String[] args) {
        dev.latchkey.model.store.KeychainOwner.describeThisProcessAs("the Latchkey window");
        SingleInstance instance = SingleInstance.claim(SocketPath.in(LatchkeyHome.fromEnvironment()), System.out,
                System.err);
        if (!instance.opensWindow()) {
            return instance.exitCode();
        }
        channel = instance.server().orElse(null);
        StartupState.startReading();
        Application.launch(LatchkeyApp.class, args);
        return 0;
    }

    /** Where requests from other processes arrive; empty when the window was started without the launcher. */
    static Optional<InstanceServer> channel() {
        return Optional.ofNullable(channel);
    }
}
