package dev.latchkey.app.toolkit;

import java.time.Duration;

/**
 * Timers that fire on the UI thread: clipboard countdown, idle checks, polling. Tests use a
 * hand-moved implementation together with their clock.
 */
public interface Scheduler {
    Cancellable every(Duration period, Runnable action);

    Cancellable after(Duration delay, Runnable action);
}
