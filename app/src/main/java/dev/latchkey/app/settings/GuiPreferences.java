package dev.latchkey.app.settings;

import dev.latchkey.app.toolkit.TaskRunner;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The current {@link GuiSettings}, observable, saved in the background on every change. */
public final class GuiPreferences {
    private final GuiSettingsStore store;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<GuiSettings> settings;

    public GuiPreferences(GuiSettingsStore store, GuiSettings initial, TaskRunner runner) {
        this.store = store;
        this.runner = runner;
        this.settings = new ReadOnlyObjectWrapper<>(initial);
    }

    public GuiSettings get() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<GuiSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public void update(UnaryOperator<GuiSettings> change) {
        GuiSettings next = change.apply(settings.get());
        settings.set(next);
        runner.runAction(() -> store.save(next)).start();
    }

    /** Saves on the calling thread: for the moment the window closes. */
    public void updateNow(UnaryOperator<GuiSettings> change) throws dev.latchkey.model.LatchkeyException {
        GuiSettings next = change.apply(settings.get());
        settings.set(next);
        store.save(next);
    }
}
