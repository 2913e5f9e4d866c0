package dev.latchkey.app.toolkit;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** Slow work on a small pool of daemon threads; outcomes on the JavaFX application thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService pool;

    public FxTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "latchkey-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        pool = Executors.newCachedThreadPool(threads);
    }

    @Override
    public void background(Runnable work) {
        pool.execute(work);
    }

    @Override
    public void ui(Runnable work) {
        Platform.runLater(work);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
