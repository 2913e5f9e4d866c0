package dev.latchkey.app.toolkit;

/**
 * Where {@link TaskRunner} runs work and delivers results: a background thread for slow work,
 * the UI thread for the outcome. Tests use {@link #INLINE}, which runs both on the caller.
 */
public interface TaskExecutor {
    /** Runs everything on the calling thread, in order: for tests without a stage. */
    TaskExecutor INLINE = new TaskExecutor() {
        @Override
        public void background(Runnable work) {
            work.run();
        }

        @Override
        public void ui(Runnable work) {
            work.run();
        }
    };

    void background(Runnable work);

    void ui(Runnable work);
}
