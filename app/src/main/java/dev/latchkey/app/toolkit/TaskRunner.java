package dev.latchkey.app.toolkit;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Starts slow work (key derivation, database, files) off the UI thread and hands the outcome
 * back on it: {@code runner.run(work).onSuccess(...).onFailure(...).start()}. A failure
 * nobody handles goes to the error presenter given here, so none is lost.
 */
public final class TaskRunner {
    private final TaskExecutor executor;
    private final Consumer<Throwable> unhandled;

    public TaskRunner(TaskExecutor executor, Consumer<Throwable> unhandled) {
        this.executor = executor;
        this.unhandled = unhandled;
    }

    /** Work that returns a value. */
    public <T> BackgroundTask<T> run(Callable<T> work) {
        return new BackgroundTask<>(work, executor, unhandled);
    }

    /** Work without a result. */
    public BackgroundTask<Void> runAction(Action work) {
        return run(() -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} on the UI thread (later when called from elsewhere). */
    public void onUi(Runnable work) {
        executor.ui(work);
    }

    /** Work without a result that may fail. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }
}
