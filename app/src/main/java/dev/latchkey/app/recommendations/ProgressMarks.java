package dev.latchkey.app.recommendations;

import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.model.audit.AuditProgress;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.DoubleProperty;

/**
 * Carries the audit's progress from its worker to the progress bar, one update per tenth of
 * a percent at most (a breach check reports every lookup), and stops the audit once
 * cancelled by throwing from the callback, which the audit's loops do not catch.
 */
final class ProgressMarks implements AuditProgress {
    static final double INDETERMINATE = -1;
    private static final int STEPS = 1000;

    private final TaskRunner runner;
    private final DoubleProperty progress;
    private final AtomicBoolean cancelled;
    private final AtomicInteger shown = new AtomicInteger(-1);

    ProgressMarks(TaskRunner runner, DoubleProperty progress, AtomicBoolean cancelled) {
        this.runner = runner;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    @Override
    public void progress(long done, long total) {
        if (cancelled.get()) {
            throw new CancellationException("the security check was cancelled");
        }
        int step = total <= 0 ? STEPS : (int) Math.min(STEPS, done * STEPS / total);
        if (shown.getAndSet(step) != step) {
            runner.onUi(() -> {
                if (!cancelled.get()) {
                    progress.set(step / (double) STEPS);
                }
            });
        }
    }
}
