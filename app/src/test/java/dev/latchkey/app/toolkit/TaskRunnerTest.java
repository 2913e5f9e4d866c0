package dev.latchkey.app.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {
    /** Runs background work at once but queues UI work, to show what happens on which side. */
    private static final class QueuedUi implements TaskExecutor {
        final Queue<Runnable> ui = new ArrayDeque<>();

        @Override
        public void background(Runnable work) {
            work.run();
        }

        @Override
        public void ui(Runnable work) {
            ui.add(work);
        }

        void drain() {
            while (!ui.isEmpty()) {
                ui.poll().run();
            }
        }
    }

    private final List<Throwable> unhandled = new ArrayList<>();
    private final QueuedUi executor = new QueuedUi();
    private final TaskRunner runner = new TaskRunner(executor, unhandled::add);

    @Test
    void deliversTheResultOnTheUiSideAndTracksBusy() {
        List<String> events = new ArrayList<>();
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        runner.run(() -> "value").busy(busy).onDone(() -> events.add("done")).onSuccess(v -> events.add("got " + v))
                .start();
        assertThat(busy.get()).isTrue();
        assertThat(events).isEmpty();
        executor.drain();
        assertThat(busy.get()).isFalse();
        assertThat(events).containsExactly("done", "got value");
    }

    @Test
    void failuresGoToTheHandlerOrElseToTheErrorPresenter() {
        List<Throwable> handled = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("boom");
        runner.runAction(() -> {
            throw boom;
        }).onFailure(handled::add).start();
        runner.runAction(() -> {
            throw boom;
        }).start();
        executor.drain();
        assertThat(handled).containsExactly(boom);
        assertThat(unhandled).containsExactly(boom);
    }

    @Test
    void theInlineExecutorRunsEverythingAtOnce() {
        List<String> events = new ArrayList<>();
        new TaskRunner(TaskExecutor.INLINE, unhandled::add).run(() -> 42).onSuccess(v -> events.add("got " + v)).start();
        assertThat(events).containsExactly("got 42");
    }
}
