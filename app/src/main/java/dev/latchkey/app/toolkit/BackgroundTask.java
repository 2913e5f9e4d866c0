package dev.latchkey.app.toolkit;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.value.WritableBooleanValue;

/**
 * One piece of slow work and what to do with its outcome, built by {@link TaskRunner}. The
 * callbacks run on the UI thread; {@link #start()} launches it.
 */
public final class BackgroundTask<T> {
    private final Callable<T> work;
    private final TaskExecutor executor;
    private final Consumer<Throwable> unhandled;
    private Consumer<? super T> success = result -> { };
    private Consumer<? super Throwable> failure;
    private Runnable done = () -> { };
    private WritableBooleanValue busy;

    BackgroundTask(Callable<T> work, TaskExecutor executor, Consumer<Throwable> unhandled) {
        this.work = work;
        this.executor = executor;
        this.unhandled = unhandled;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.success = action;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Throwable> action) {
        this.failure = action;
        return this;
    }

    /** Runs after success or failure, before their callbacks. */
    public BackgroundTask<T> onDone(Runnable action) {
        this.done = action;
        return this;
    }

    /** Set to true while the work runs (for progress indicators and disabled buttons). */
    public BackgroundTask<T> busy(WritableBooleanValue flag) {
        this.busy = flag;
        return this;
    }

    /** Launches the work; call on the UI thread. */
    public void start() {
        if (busy != null) {
            busy.set(true);
        }
        executor.background(() -> {
            T result = null;
            Throwable error = null;
            try {
                result = work.call();
            } catch (Exception | LinkageError | AssertionError e) {
                error = e;
            }
            T value = result;
            Throwable thrown = error;
            executor.ui(() -> deliver(value, thrown));
        });
    }

    private void deliver(T value, Throwable error) {
        if (busy != null) {
            busy.set(false);
        }
        done.run();
        if (error == null) {
            success.accept(value);
        } else if (failure != null) {
            failure.accept(error);
        } else {
            unhandled.accept(error);
        }
    }
}
