package dev.latchkey.app.instance;

import java.io.PrintStream;
import java.util.Optional;

/**
 * A GUI start's first step: become the one window for the data folder (and listen for
 * requests), or hand the start's request (show the window, or open Quick Fill) to the window
 * that already runs and end.
 */
public final class SingleInstance {
    public static final String HANDED_OVER = "Latchkey is already running; its window was brought to the front.";
    private static final System.Logger LOG = System.getLogger(SingleInstance.class.getName());
    /** A window found running may quit just before it is asked to show itself: look again, a few times. */
    private static final int ATTEMPTS = 3;

    private final InstanceServer server;
    private final int exitCode;
    private final boolean opensWindow;

    private SingleInstance(InstanceServer server, int exitCode, boolean opensWindow) {
        this.server = server;
        this.exitCode = exitCode;
        this.opensWindow = opensWindow;
    }

    /**
     * Claims the socket; when another window runs, sends it {@code request} ({@link WindowRequest#SHOW}
     * also prints one line, since the user started the app and sees no new window).
     */
    public static SingleInstance claim(SocketPath socket, WindowRequest request, PrintStream out, PrintStream err) {
        boolean askedDaemon = false;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Claim claim = InstanceServer.claim(socket);
            if (claim instanceof Claim.Serving serving) {
                return new SingleInstance(serving.server(), 0, true);
            }
            if (claim instanceof Claim.Unavailable unavailable) {
                LOG.log(System.Logger.Level.WARNING, "starting without the channel for `latchkey quick-fill` and "
                        + "single start: " + unavailable.reason());
                return new SingleInstance(null, 0, true);
            }
            InstanceClient client = new InstanceClient(socket);
            Delivery shown = client.send(request);
            if (shown.outcome() == Delivery.Outcome.NO_WINDOW && !askedDaemon) {
                // latchkey daemon serves the folder: it stops, and this window takes over.
                askedDaemon = true;
                Delivery handedOver = client.send(WindowRequest.HANDOVER);
                if (handedOver.outcome() == Delivery.Outcome.FAILED) {
                    err.println("latchkey: the Latchkey daemon would not hand over: " + handedOver.reason());
                    return new SingleInstance(null, 1, false);
                }
                waitUntilGone(socket);
                attempt--; // the daemon's stop is not a failed attempt
                continue;
            }
            if (shown.outcome() == Delivery.Outcome.DELIVERED) {
                if (request == WindowRequest.SHOW) {
                    out.println(HANDED_OVER);
                }
                return new SingleInstance(null, 0, false);
            }
            if (shown.outcome() == Delivery.Outcome.FAILED) {
                err.println("latchkey: Latchkey is already running, but " + shown.reason());
                return new SingleInstance(null, 1, false);
            }
        }
        err.println("latchkey: another Latchkey window keeps starting and stopping; try again");
        return new SingleInstance(null, 1, false);
    }

    /** Waits (up to a few seconds) for a stopping daemon to let go of the socket. */
    private static void waitUntilGone(SocketPath socket) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        while (InstanceClient.answers(socket) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Whether this process should open the window; when not, end with {@link #exitCode}. */
    public boolean opensWindow() {
        return opensWindow;
    }

    public int exitCode() {
        return exitCode;
    }

    /** The channel this window listens on; empty when it starts without one. */
    public Optional<InstanceServer> server() {
        return Optional.ofNullable(server);
    }
}
