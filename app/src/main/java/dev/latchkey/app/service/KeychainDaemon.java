package dev.latchkey.app.service;

import dev.latchkey.app.idle.IdleLock;
import dev.latchkey.app.instance.Claim;
import dev.latchkey.app.instance.InstanceServer;
import dev.latchkey.app.instance.SocketPath;
import dev.latchkey.app.secretservice.SecretServiceProvider;
import dev.latchkey.app.secretservice.ServicePrompts;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.settings.LatchkeyHome;
import dev.latchkey.model.store.KeychainOwner;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code latchkey daemon}: the keychain service for a session without the window. It holds
 * the data folder's socket, runs the commands clients send, locks idle keychains by their own
 * settings, and stops on SIGTERM or when the window starts and asks it to hand over.
 */
public final class KeychainDaemon {
    private static final System.Logger LOG = System.getLogger(KeychainDaemon.class.getName());

    private KeychainDaemon() {
    }

    /** Serves until stopped; the process exit code. */
    public static int run(PrintStream out, PrintStream err) {
        KeychainOwner.describeThisProcessAs("latchkey daemon");
        LatchkeyHome home = LatchkeyHome.fromEnvironment();
        Claim claim = InstanceServer.claim(SocketPath.in(home));
        if (claim instanceof Claim.Unavailable unavailable) {
            err.println("latchkey: SERVICE_NOT_AVAILABLE: cannot serve " + home.root() + ": " + unavailable.reason());
            return 1;
        }
        if (claim instanceof Claim.RunningElsewhere) {
            out.println("Latchkey already serves " + home.root() + " (its window or another daemon).");
            return 0;
        }
        InstanceServer server = ((Claim.Serving) claim).server();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onSignal = new Thread(() -> {
            stop.countDown();
            awaitQuietly(stopped);
        }, "latchkey-daemon-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        KeychainService service = KeychainService.forUser();
        try (ServiceThread thread = new ServiceThread()) {
            IdleLock idle = new IdleLock(service, Clock.systemUTC(), System::nanoTime, thread,
                    new TaskRunner(thread, e -> LOG.log(System.Logger.Level.WARNING, "auto-lock failed", e)));
            idle.start();
            try (SecretServiceProvider secrets = SecretServiceProvider.start(service, ServicePrompts.HEADLESS,
                         idle::touch);
                 CommandSessions sessions = new CommandSessions(service, idle::touch, () -> List.of(
                         "Latchkey service: latchkey daemon (pid " + ProcessHandle.current().pid() + ")",
                         "Secret Service: " + secrets.status().message()))) {
                server.serveWithoutWindow(stop::countDown);
                server.serveCommandsWith(sessions);
                out.println("Latchkey serves " + home.root() + "; stop it with SIGTERM.");
                out.println(secrets.status().message() + ".");
                out.flush();
                awaitQuietly(stop);
                server.close();
            } finally {
                idle.stop();
                service.close();
            }
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException e) {
                // Stopping on a signal: the hook is what woke us.
            }
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
