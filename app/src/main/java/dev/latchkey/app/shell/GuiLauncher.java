package dev.latchkey.app.shell;

import dev.latchkey.app.instance.InstanceServer;
import dev.latchkey.app.instance.SingleInstance;
import dev.latchkey.app.instance.SocketPath;
import dev.latchkey.app.instance.WindowRequest;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.settings.LatchkeyHome;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
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
     *
     * @throws LatchkeyException SERVICE_NOT_AVAILABLE when there is no display to open a window on
     */
    public static int launch(WindowRequest request, PrintStream out, PrintStream err) throws LatchkeyException {
        dev.latchkey.model.store.KeychainOwner.describeThisProcessAs("the Latchkey window");
        SingleInstance instance = SingleInstance.claim(SocketPath.in(LatchkeyHome.fromEnvironment()), request, out,
                err);
        if (!instance.opensWindow()) {
            return instance.exitCode();
        }
        Optional<String> noDisplay = missingDisplay(System.getenv(), System.getProperty("os.name", ""));
        if (noDisplay.isPresent()) {
            throw cannotOpen(instance, noDisplay.get());
        }
        channel = instance.server().orElse(null);
        firstRequest = request;
        StartupState.startReading();
        try {
            Application.launch(LatchkeyApp.class);
        } catch (UnsupportedOperationException e) {
            // JavaFX's own words when the display named cannot be opened ("Unable to open DISPLAY").
            throw cannotOpen(instance, "the display " + System.getenv().getOrDefault("DISPLAY", "")
                    + " cannot be opened");
        }
        return 0;
    }

    /**
     * Why no window can open here, if it cannot: on Linux and the BSDs a window needs an X11 or
     * Wayland display; Windows and macOS always have one for a user's session.
     */
    static Optional<String> missingDisplay(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return Optional.empty();
        }
        if (env.getOrDefault("DISPLAY", "").isBlank() && env.getOrDefault("WAYLAND_DISPLAY", "").isBlank()) {
            return Optional.of("no display (DISPLAY is not set)");
        }
        return Optional.empty();
    }

    private static LatchkeyException cannotOpen(SingleInstance instance, String why) {
        instance.server().ifPresent(InstanceServer::close);
        return new LatchkeyException(Status.SERVICE_NOT_AVAILABLE, "cannot open the Latchkey window: " + why
                + "; the command line works without one: latchkey --help");
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
