package dev.latchkey.app.cli;

import dev.latchkey.app.instance.Delivery;
import dev.latchkey.app.instance.InstanceClient;
import dev.latchkey.app.instance.SocketPath;
import dev.latchkey.app.instance.WindowRequest;
import dev.latchkey.app.instance.WindowStarter;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Asks the running window to open Quick Fill, over the data folder's local socket. Where an app
 * cannot take a global key (Wayland, Windows, macOS) the desktop's own shortcut runs this.
 */
@Command(name = "quick-fill", description = {
    "Open Quick Fill in the running Latchkey window. When Latchkey is not running, `latchkey quick-fill` "
        + "starts it and opens Quick Fill as its window comes up: the command then is the window, as `latchkey` "
        + "alone is (with options before it, it starts the window as a process of its own and ends).",
    "Meant for a desktop keyboard shortcut (e.g. Ctrl+Shift+Space): on Wayland, Windows and macOS an app "
        + "cannot take a global key itself, so bind the shortcut to `latchkey quick-fill` in the desktop's settings.",
    "Needs no keychain and no password: it only tells the window to open Quick Fill."})
final class QuickFillCommand implements Callable<Integer> {
    static final Duration START_WAIT = Duration.ofSeconds(20);

    @ParentCommand LatchkeyCommand root;
    @Option(names = "--no-start", description = "Do not start Latchkey; only report that it is not running.")
    boolean noStart;

    @Override
    public Integer call() throws LatchkeyException {
        InstanceClient client = new InstanceClient(SocketPath.in(root.context.service().home()));
        Delivery delivery = client.send(WindowRequest.QUICK_FILL);
        // A daemon without a window counts as not running: the window started takes over from it.
        if (delivery.outcome() == Delivery.Outcome.NOT_RUNNING || delivery.outcome() == Delivery.Outcome.NO_WINDOW) {
            if (noStart) {
                throw new LatchkeyException(Status.SERVICE_NOT_AVAILABLE,
                        "Latchkey is not running (without --no-start, quick-fill starts it)");
            }
            delivery = WindowStarter.forThisProcess().startAndSend(client, WindowRequest.QUICK_FILL, START_WAIT);
        }
        if (delivery.outcome() != Delivery.Outcome.DELIVERED) {
            throw new LatchkeyException(Status.SERVICE_NOT_AVAILABLE, "cannot open Quick Fill: " + delivery.reason());
        }
        return ExitCodes.OK;
    }
}
