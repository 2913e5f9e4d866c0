package dev.latchkey.app.service;

import dev.latchkey.app.instance.LineChannel;
import dev.latchkey.model.keychain.KeychainService;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the command sessions clients open, each on a thread of a bounded pool: a few run at
 * once, more wait in a short queue, and beyond that a client is told the service is busy
 * rather than left hanging. {@code activity} hears of each session (it keeps auto-lock's idle
 * clock honest).
 */
public final class CommandSessions implements Consumer<SocketChannel>, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CommandSessions.class.getName());
    static final int THREADS = 8;
    static final int QUEUE = 64;

    private final KeychainService service;
    private final Runnable activity;
    private final Supplier<List<String>> facts;
    private final ThreadPoolExecutor pool;

    /** {@code facts}: what {@code latchkey status} says of this service, one line each. */
    public CommandSessions(KeychainService service, Runnable activity, Supplier<List<String>> facts) {
        this.service = service;
        this.activity = activity;
        this.facts = facts;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> {
                    Thread t = new Thread(r, "latchkey-command-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public void accept(SocketChannel connection) {
        try {
            pool.execute(() -> serve(connection));
        } catch (RejectedExecutionException e) {
            try (connection) {
                new LineChannel(connection).write("error busy: too many commands at once; try again");
            } catch (IOException ignored) {
                // The client gave up already.
            }
        }
    }

    private void serve(SocketChannel connection) {
        activity.run();
        try (FrameChannel frames = new FrameChannel(connection)) {
            new LineChannel(connection).write("ok");
            new CommandSession(frames, service, facts).run();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "a command session ended early: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a command session failed", e);
        } finally {
            activity.run();
        }
    }

    /** Stops taking sessions and gives those under way a few seconds to end. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }
}
