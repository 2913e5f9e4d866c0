package dev.latchkey.app.service;

import dev.latchkey.app.toolkit.Cancellable;
import dev.latchkey.app.toolkit.Scheduler;
import dev.latchkey.app.toolkit.TaskExecutor;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * What the window's FX thread is to the GUI, for the service without a window: one thread for
 * timers and outcomes, and a pool for slow work (locking a keychain closes its database).
 */
final class ServiceThread implements Scheduler, TaskExecutor, AutoCloseable {
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "latchkey-service"));
    private final ExecutorService work = Executors.newCachedThreadPool(r -> daemon(r, "latchkey-service-work"));

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public Cancellable every(Duration period, Runnable action) {
        ScheduledFuture<?> f = timers.scheduleAtFixedRate(action, period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public Cancellable after(Duration delay, Runnable action) {
        ScheduledFuture<?> f = timers.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public void background(Runnable task) {
        work.execute(task);
    }

    @Override
    public void ui(Runnable task) {
        timers.execute(task);
    }

    @Override
    public void close() {
        timers.shutdownNow();
        work.shutdown();
    }
}
